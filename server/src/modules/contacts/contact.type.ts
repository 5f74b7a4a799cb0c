import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { formatPhone } from "../../lib/phone.js";
import type { FacilityRow } from "../facilities/facility.type.js";
import { PortalStatus } from "../invitations/invitation.type.js";
import { computePortalStatus } from "../invitations/portal-status.service.js";
import type { ContactRow } from "./contact.service.js";

export enum ContactRole {
  SPOUSE = "SPOUSE",
  ASSISTANT = "ASSISTANT",
  BOOKKEEPER = "BOOKKEEPER",
  VEHICLE_HANDLER = "VEHICLE_HANDLER",
  OTHER = "OTHER",
}
registerEnumType(ContactRole, {
  name: "ContactRole",
  description: "How a contact is related to the customer.",
  valuesConfig: {
    SPOUSE: { description: "The customer's spouse or partner." },
    ASSISTANT: { description: "The customer's assistant." },
    BOOKKEEPER: { description: "Handles the customer's bills." },
    VEHICLE_HANDLER: { description: "Drops off and picks up the customer's cars." },
    OTHER: { description: "Any other relation." },
  },
});

@ObjectType({ description: "Which kinds of email a person receives. Invites always go." })
export class CommunicationPreferences {
  @Field({ description: "Billing notifications and payment receipts." })
  invoices: boolean;

  @Field({ description: "Quotes and estimates." })
  estimates: boolean;

  @Field({ description: "Appointment and event reminders." })
  scheduling: boolean;

  @Field({ description: "Vehicle status changes, photo sessions and condition reports." })
  carUpdates: boolean;

  @Field({ description: "Document signing requests and agreement notifications." })
  contracts: boolean;

  @Field({ description: "Invitations to community events and gatherings." })
  socialEvents: boolean;

  @Field({ description: "Promotions and newsletters." })
  marketing: boolean;
}

@ObjectType({ description: "A person tied to a customer's account: spouse, assistant, bookkeeper…" })
export class Contact {
  @Field(() => ID, { description: "The contact's ID." })
  id: string;

  @Field({ description: "The contact's full name." })
  name: string;

  @Field(() => String, {
    nullable: true,
    description: "The email invites and sign-in links go to; null when none is on record.",
  })
  email: string | null;

  @Field(() => String, { nullable: true, description: "E.164, e.g. +12075550148." })
  phone: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The phone number to show: national format in the facility's country, international otherwise.",
  })
  phoneDisplay: string | null;

  @Field(() => ContactRole, { description: "How the contact is related to the customer." })
  role: ContactRole;

  @Field({ description: "“Can access portal”: may be invited and sign in to the customer's portal." })
  canAccessPortal: boolean;

  @Field(() => CommunicationPreferences, { description: "Which kinds of email the contact receives." })
  preferences: CommunicationPreferences;

  @Field(() => PortalStatus, { description: "The contact's portal status, with the invite button to show." })
  portalStatus: PortalStatus;

  row: ContactRow;

  static from(row: ContactRow, facility: Pick<FacilityRow, "resendCooldownHours" | "country">, now: Date): Contact {
    const status = computePortalStatus(row, row.latestInvitation, facility, now);
    return Object.assign(new Contact(), {
      id: String(row.id),
      name: row.name,
      email: row.email,
      phone: row.phone,
      phoneDisplay: formatPhone(row.phone, facility.country),
      role: row.role as ContactRole,
      canAccessPortal: row.canAccessPortal,
      preferences: Object.assign(new CommunicationPreferences(), row.preferences),
      portalStatus: PortalStatus.from(status),
      row,
    });
  }
}
