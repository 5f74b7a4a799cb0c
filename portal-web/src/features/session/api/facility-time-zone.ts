import { usePortalViewer } from "./portal-viewer";

/**
 * The facility's IANA zone, for event times: read from the viewer every portal page already has.
 * Undefined until it is known, which formats in the browser's zone.
 */
export function useFacilityTimeZone(): string | undefined {
  const { data } = usePortalViewer({ fetchPolicy: "cache-first" });
  return data?.portalViewer?.facility.timeZone ?? undefined;
}
