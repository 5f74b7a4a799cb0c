import { createTheme, type MantineThemeOverride, mergeThemeOverrides } from "@mantine/core";
import { porticoTheme } from "@portico/web-core/theme";
import { brandPalette, brandPrimaryShade, isHexColor } from "./brand-palette";

const portalBase = createTheme({
  // Brand colours are chosen by each facility: text on a filled button must follow the colour.
  autoContrast: true,
  defaultRadius: "md",
  cursorType: "pointer",
});

/** Portico's own look until the facility is known, then the facility's colour as the primary. */
export function portalTheme(brandColor: string | null | undefined): MantineThemeOverride {
  const base = mergeThemeOverrides(porticoTheme, portalBase);
  if (!isHexColor(brandColor)) return base;
  const shade = brandPrimaryShade(brandColor);
  return mergeThemeOverrides(base, {
    colors: { brand: brandPalette(brandColor) },
    primaryColor: "brand",
    primaryShade: { light: shade, dark: shade },
  });
}
