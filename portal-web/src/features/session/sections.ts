import { useMemo } from "react";
import type { PortalSection } from "../../gql/graphql";
import { useViewer } from "./components/RequireSession";

/** The sections the facility turned on; the server refuses the others, so the portal never asks for them. */
export function useSections(): ReadonlySet<PortalSection> {
  const sections = useViewer().facility.sections;
  return useMemo(() => new Set(sections), [sections]);
}

/** A staff member's read-only look at this portal: nothing may be changed, and nothing is tried. */
export function useIsPreview(): boolean {
  return useViewer().preview;
}
