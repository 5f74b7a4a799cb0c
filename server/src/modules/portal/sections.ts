import { Field, ObjectType, registerEnumType } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { requirePortal } from "../../graphql/context.js";
import { forbidden } from "../../lib/domain-error.js";
import type { PortalViewer } from "../auth/sessions.js";
import { getFacility } from "../facilities/facility.service.js";
import type { FacilityRow } from "../facilities/facility.type.js";

export enum PortalSection {
  VEHICLES = "VEHICLES",
  BILLING = "BILLING",
  DOCUMENTS = "DOCUMENTS",
  EVENTS = "EVENTS",
  MESSAGES = "MESSAGES",
  ESTIMATES = "ESTIMATES",
  SERVICE_REQUESTS = "SERVICE_REQUESTS",
}
registerEnumType(PortalSection, {
  name: "PortalSection",
  description: "A part of the portal a facility can turn on or off.",
});

const column: Record<PortalSection, keyof FacilityRow> = {
  VEHICLES: "sectionVehicles",
  BILLING: "sectionBilling",
  DOCUMENTS: "sectionDocuments",
  EVENTS: "sectionEvents",
  MESSAGES: "sectionMessages",
  ESTIMATES: "sectionEstimates",
  SERVICE_REQUESTS: "sectionServiceRequests",
};

export const SECTION_NAMES: Record<PortalSection, string> = {
  VEHICLES: "Vehicles",
  BILLING: "Billing",
  DOCUMENTS: "Documents",
  EVENTS: "Events & schedule",
  MESSAGES: "Messages",
  ESTIMATES: "Estimates",
  SERVICE_REQUESTS: "Service requests",
};

export function enabledSections(facility: FacilityRow): PortalSection[] {
  return Object.values(PortalSection).filter((s) => facility[column[s]] === true);
}

/**
 * The portal viewer, if the facility has `section` turned on; FORBIDDEN otherwise. Every portal
 * resolver of a section calls this first, so a hidden section is refused by the server too.
 */
export function requireSection(ctx: Context, section: PortalSection): PortalViewer {
  const viewer = requirePortal(ctx);
  assertSectionEnabled(ctx, viewer.facilityId, section);
  return viewer;
}

/** For fields of an account resolved in the request that signed its person in (no session yet). */
export function assertSectionEnabled(ctx: Context, facilityId: number, section: PortalSection): void {
  if (getFacility(ctx.db, facilityId)[column[section]] !== true) {
    throw forbidden(`${SECTION_NAMES[section]} is not available in this portal`);
  }
}

@ObjectType({ description: "Onboarding steps shown after a customer's first sign-in." })
export class OnboardingSteps {
  @Field()
  signContracts: boolean;

  @Field()
  addPaymentMethod: boolean;

  @Field()
  completeProfile: boolean;

  static from(f: FacilityRow): OnboardingSteps {
    return Object.assign(new OnboardingSteps(), {
      signContracts: f.onboardingSignContracts,
      addPaymentMethod: f.onboardingPaymentMethod,
      completeProfile: f.onboardingCompleteProfile,
    });
  }
}

/** The invite email lists the facility's onboarding steps in words. */
export function onboardingStepLabels(f: FacilityRow): string[] {
  return [
    f.onboardingSignContracts ? "Sign your storage agreement and other contracts" : null,
    f.onboardingPaymentMethod ? "Add a payment method" : null,
    f.onboardingCompleteProfile ? "Complete your profile" : null,
  ].filter((s): s is string => s !== null);
}
