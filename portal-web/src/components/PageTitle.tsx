import { useBrand } from "../lib/brand";

/** The browser tab's title, naming the facility once it is known. */
export function PageTitle({ children }: { children: string }) {
  const brand = useBrand();
  return <title>{`${children} · ${brand?.name ?? "Customer portal"}`}</title>;
}
