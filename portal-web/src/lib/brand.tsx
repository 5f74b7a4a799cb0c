import { MantineProvider } from "@mantine/core";
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { portalTheme } from "./theme";

/** slug: the facility's name in addresses, so a returning person's sign-in page can ask for its options. */
export type Brand = { name: string; brandColor: string; logoUrl: string | null; slug?: string | null };

type BrandContextValue = { brand: Brand | null; setBrand: (brand: Brand) => void };

const BrandContext = createContext<BrandContextValue>({ brand: null, setBrand: () => {} });

// The portal is shared by every facility on the deployment, so a returning customer's sign-in
// page only knows whose portal it is if this device remembers it.
const STORAGE_KEY = "portico.portal.brand";

function storedBrand(): Brand | null {
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<Brand>;
    if (typeof value.name !== "string" || typeof value.brandColor !== "string") return null;
    return {
      name: value.name,
      brandColor: value.brandColor,
      logoUrl: value.logoUrl ?? null,
      slug: typeof value.slug === "string" ? value.slug : null,
    };
  } catch {
    return null;
  }
}

function storeBrand(brand: Brand): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(brand));
  } catch {
    // Private browsing can refuse storage; the brand then lasts until the tab closes.
  }
}

type BrandProviderProps = { children: ReactNode; initialBrand?: Brand | null; env?: "default" | "test" };

export function BrandProvider({ children, initialBrand, env }: BrandProviderProps) {
  const [brand, setBrandState] = useState<Brand | null>(() =>
    initialBrand === undefined ? storedBrand() : initialBrand,
  );
  const setBrand = useCallback((next: Brand) => {
    setBrandState((current) =>
      current &&
      current.name === next.name &&
      current.brandColor === next.brandColor &&
      current.logoUrl === next.logoUrl &&
      (current.slug ?? null) === (next.slug ?? null)
        ? current
        : next,
    );
    storeBrand(next);
  }, []);
  const value = useMemo<BrandContextValue>(() => ({ brand, setBrand }), [brand, setBrand]);
  const theme = useMemo(() => portalTheme(brand?.brandColor), [brand?.brandColor]);
  return (
    <BrandContext.Provider value={value}>
      <MantineProvider theme={theme} defaultColorScheme="light" env={env}>
        {children}
      </MantineProvider>
    </BrandContext.Provider>
  );
}

/** The facility whose portal this is, if known. */
export function useBrand(): Brand | null {
  return useContext(BrandContext).brand;
}

/** Makes a facility the portal's brand once a page learns which one it belongs to. */
export function useApplyBrand(facility: Brand | null | undefined): void {
  const { setBrand } = useContext(BrandContext);
  const name = facility?.name;
  const brandColor = facility?.brandColor;
  const logoUrl = facility?.logoUrl ?? null;
  const slug = facility?.slug ?? null;
  useEffect(() => {
    if (name && brandColor) setBrand({ name, brandColor, logoUrl, slug });
  }, [name, brandColor, logoUrl, slug, setBrand]);
}
