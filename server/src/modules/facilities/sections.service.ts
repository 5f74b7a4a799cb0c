import { forbidden } from "../../lib/domain-error.js";

/** A part of the portal a facility can turn on or off (registered for GraphQL in facility.type.ts). */
export enum PortalSection {
  VEHICLES = "VEHICLES",
  BILLING = "BILLING",
  DOCUMENTS = "DOCUMENTS",
  EVENTS = "EVENTS",
  MESSAGES = "MESSAGES",
  ESTIMATES = "ESTIMATES",
  SERVICE_REQUESTS = "SERVICE_REQUESTS",
}

/** The facility's on/off flag of each section, as the facilities table stores them. */
export const SECTION_COLUMNS = {
  VEHICLES: "sectionVehicles",
  BILLING: "sectionBilling",
  DOCUMENTS: "sectionDocuments",
  EVENTS: "sectionEvents",
  MESSAGES: "sectionMessages",
  ESTIMATES: "sectionEstimates",
  SERVICE_REQUESTS: "sectionServiceRequests",
} as const satisfies Record<PortalSection, string>;

/** A facility's section flags: a facility row, or the columns a session lookup reads with it. */
export type SectionFlags = Record<(typeof SECTION_COLUMNS)[PortalSection], boolean>;

export const SECTION_NAMES: Record<PortalSection, string> = {
  VEHICLES: "Vehicles",
  BILLING: "Billing",
  DOCUMENTS: "Documents",
  EVENTS: "Events & schedule",
  MESSAGES: "Messages",
  ESTIMATES: "Estimates",
  SERVICE_REQUESTS: "Service requests",
};

export function enabledSections(facility: SectionFlags): PortalSection[] {
  return Object.values(PortalSection).filter((s) => facility[SECTION_COLUMNS[s]] === true);
}

/**
 * FORBIDDEN unless `section` is among `enabled`. Every portal resolver of a section checks this
 * first, so a hidden section is refused by the server too, not only hidden by the portal.
 */
export function assertSectionIn(enabled: readonly PortalSection[], section: PortalSection): void {
  if (!enabled.includes(section)) throw forbidden(`${SECTION_NAMES[section]} is not available in this portal`);
}

/** The columns an update writes to show exactly these sections. */
export function sectionColumnValues(sections: ReadonlySet<PortalSection>): SectionFlags {
  return {
    sectionVehicles: sections.has(PortalSection.VEHICLES),
    sectionBilling: sections.has(PortalSection.BILLING),
    sectionDocuments: sections.has(PortalSection.DOCUMENTS),
    sectionEvents: sections.has(PortalSection.EVENTS),
    sectionMessages: sections.has(PortalSection.MESSAGES),
    sectionEstimates: sections.has(PortalSection.ESTIMATES),
    sectionServiceRequests: sections.has(PortalSection.SERVICE_REQUESTS),
  };
}

type OnboardingFlags = {
  onboardingSignContracts: boolean;
  onboardingPaymentMethod: boolean;
  onboardingCompleteProfile: boolean;
};

/** The invite email lists the facility's onboarding steps in words. */
export function onboardingStepLabels(f: OnboardingFlags): string[] {
  return [
    f.onboardingSignContracts ? "Sign your storage agreement and other contracts" : null,
    f.onboardingPaymentMethod ? "Add a payment method" : null,
    f.onboardingCompleteProfile ? "Complete your profile" : null,
  ].filter((s): s is string => s !== null);
}
