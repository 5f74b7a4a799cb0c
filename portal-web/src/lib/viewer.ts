import { createContext, useContext, useMemo } from "react";
import type { PortalSection, PortalViewerFieldsFragment } from "../gql/graphql";

/**
 * The signed-in person, as every signed-in page and the shell read them. The session feature's
 * RequireSession provides it; the shell and the pages only read it, so they need not know how a
 * session is opened or lost.
 */
export type Viewer = PortalViewerFieldsFragment;

const ViewerContext = createContext<Viewer | null>(null);

export const ViewerProvider = ViewerContext.Provider;

/** The signed-in person, for pages under RequireSession. */
export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error("useViewer is only available under RequireSession");
  return viewer;
}

/** The sections the facility turned on; the server refuses the others, so the portal never asks for them. */
export function useSections(): ReadonlySet<PortalSection> {
  const sections = useViewer().facility.sections;
  return useMemo(() => new Set(sections), [sections]);
}

/** A staff member's read-only look at this portal: nothing may be changed, and nothing is tried. */
export function useIsPreview(): boolean {
  return useViewer().preview;
}
