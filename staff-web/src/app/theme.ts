import { Badge, createTheme, Modal, mergeThemeOverrides } from "@mantine/core";
import { porticoTheme } from "@portico/web-core/theme";

/** The shared Portico theme plus the dashboard's component defaults. */
export const staffTheme = mergeThemeOverrides(
  porticoTheme,
  createTheme({
    components: {
      Modal: Modal.extend({
        defaultProps: { centered: true },
        styles: { title: { fontWeight: 650, fontSize: "var(--mantine-font-size-lg)" } },
      }),
      Badge: Badge.extend({ defaultProps: { tt: "none" } }),
    },
  }),
);
