import type { ComponentType, ReactNode } from "react";
import type { PortalSection } from "../gql/graphql";
import { useSections, useViewer } from "../lib/viewer";
import { SectionUnavailable } from "./SectionUnavailable";

/** Shows a section's page only when the facility turned the section on. */
export function SectionGate({ section, children }: { section: PortalSection; children: ReactNode }) {
  const viewer = useViewer();
  const sections = useSections();
  if (!sections.has(section)) return <SectionUnavailable facilityName={viewer.facility.name} />;
  return <>{children}</>;
}

/** A page that answers "not available" when its section is off, however it was reached. */
export function withSection(section: PortalSection, Page: ComponentType): ComponentType {
  function SectionPage() {
    return (
      <SectionGate section={section}>
        <Page />
      </SectionGate>
    );
  }
  SectionPage.displayName = `withSection(${section})`;
  return SectionPage;
}
