import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { PageInfo } from "../../graphql/pagination.js";
import { formatPhonesIn } from "../../lib/phone.js";
import { type AuditActionValue, type AuditRow, auditActions } from "./audit.service.js";

/** The GraphQL enum of audit actions: the service's list, one name each. */
export const AuditAction = Object.fromEntries(auditActions.map((name) => [name, name])) as {
  [K in AuditActionValue]: K;
};
registerEnumType(AuditAction, {
  name: "AuditAction",
  description: "What an audit line records. New kinds are added over time; clients show unknown ones by name.",
  valuesConfig: {
    INVITE_SENT: { description: "Staff sent a portal invite (Send Invite)." },
    INVITE_RESENT: { description: "Staff resent a portal invite (Resend Invite); the old link was voided." },
    INVITE_SHOWN_IN_PERSON: {
      description: "Staff showed or sent a sign-in link in person (QR code or text) at the desk.",
    },
    BULK_INVITE_RUN: { description: "Staff started a bulk invite to many customers at once." },
    INVITE_REMINDER_SENT: { description: "Portico sent an automatic reminder of a pending invite." },
    INVITE_REMINDERS_STOPPED: { description: "Automatic invite reminders were stopped for a person." },
    INVITE_REMINDERS_SENT_TO_WAITING: { description: "Staff sent reminders to everyone still waiting on an invite." },
    PORTAL_ACCESS_ON: { description: "A contact's Can access portal was turned on." },
    PORTAL_ACCESS_OFF: {
      description: "A contact's Can access portal was turned off; their pending invites are voided.",
    },
    PORTAL_PREVIEWED: { description: "Staff previewed the portal as a customer sees it." },
    PORTAL_SIGNED_IN: { description: "A person signed in to the portal." },
    CUSTOMER_ADDED: { description: "A customer was added." },
    CUSTOMER_CHANGED: { description: "A customer's details were changed." },
    CUSTOMERS_IMPORTED: { description: "Customers were imported from a spreadsheet." },
    CUSTOMER_ARCHIVED: { description: "A customer was archived." },
    CUSTOMER_RESTORED: { description: "An archived customer was restored." },
    CUSTOMER_EXPORTED: { description: "A customer's data was exported." },
    CUSTOMER_DELETED: { description: "A customer was deleted for good." },
    CONTACT_ADDED: { description: "A contact (sub-contact) was added to a customer." },
    CONTACT_CHANGED: { description: "A contact's details or preferences were changed." },
    CONTACT_REMOVED: { description: "A contact was removed from a customer." },
    TEXT_SETTINGS_CHANGED: { description: "A person's text message (SMS) consent or settings were changed." },
    DOCUMENT_SHARED: { description: "A document was shared with a customer." },
    DOCUMENT_REMOVED: { description: "A document was removed." },
    INVOICE_ISSUED: { description: "A draft invoice was issued to the customer." },
    INVOICE_VOIDED: { description: "An invoice was voided." },
    PAYMENT_RECORDED: { description: "A payment was recorded against an invoice." },
    SETTINGS_CHANGED: { description: "The facility's settings were changed." },
    FACILITY_CREATED: { description: "The facility was created." },
    STAFF_INVITED: { description: "A staff user was invited to the team." },
    STAFF_JOINED: { description: "An invited staff user joined the team." },
    STAFF_ROLE_CHANGED: { description: "A staff user's role was changed." },
    STAFF_DEACTIVATED: { description: "A staff user was deactivated and can no longer sign in." },
    STAFF_REACTIVATED: { description: "A deactivated staff user was reactivated." },
    SESSION_ENDED: { description: "A signed-in session was ended from the sessions list." },
    PASSKEY_ADDED: { description: "A passkey was added to an account." },
    PASSKEY_REMOVED: { description: "A passkey was removed from an account." },
    CALENDAR_LINK_CREATED: { description: "A private calendar feed link was created." },
    CALENDAR_LINK_REPLACED: { description: "A calendar feed link was replaced; the old one stops working." },
    CALENDAR_LINK_TURNED_OFF: { description: "A calendar feed link was turned off." },
    API_KEY_CREATED: { description: "An admin created an API key; the subject is its name, `scope` its scope." },
    API_KEY_REVOKED: { description: "An admin revoked an API key; the subject is its name." },
    API_KEY_FIRST_USED: {
      description: "An API key made its first request; the subject is its name, `address` where it came from.",
    },
    WEBHOOK_ADDED: { description: "An admin added a webhook endpoint (subject: its URL)." },
    WEBHOOK_CHANGED: { description: "An admin changed a webhook endpoint or turned it on or off." },
    WEBHOOK_SECRET_ROTATED: { description: "An admin replaced a webhook endpoint's signing secret." },
    WEBHOOK_REMOVED: { description: "An admin deleted a webhook endpoint." },
    WEBHOOK_TURNED_OFF: { description: "Portico turned off a webhook endpoint that kept failing." },
  },
});

export enum AuditActorKind {
  STAFF = "STAFF",
  PORTAL = "PORTAL",
  SYSTEM = "SYSTEM",
  API_KEY = "API_KEY",
}
registerEnumType(AuditActorKind, {
  name: "AuditActorKind",
  description: "Who acted: a staff user, a portal person, an API key, or Portico itself (jobs, commands).",
  valuesConfig: {
    STAFF: { description: "A staff user of the facility, signed in to the dashboard." },
    PORTAL: { description: "A customer or contact, signed in to the portal." },
    SYSTEM: { description: "Portico itself: a scheduled job or an operator's command." },
    API_KEY: { description: "A program calling the API with one of the facility's API keys." },
  },
});

@ObjectType({ description: "One fact of an audit line: a name and its value as text." })
export class AuditDetail {
  @Field({ description: "The fact's name, e.g. role or channel." })
  key: string;

  @Field({ description: "Its value as text." })
  value: string;
}

@ObjectType({ description: "The customer an audit line is about." })
export class AuditCustomer {
  @Field(() => ID, { description: "The customer's ID." })
  id: string;

  @Field({ description: "The customer's name." })
  name: string;
}

@ObjectType({ description: "Who did what, when: one line of the facility's audit log." })
export class AuditEvent {
  @Field(() => ID, { description: "The audit line's ID." })
  id: string;

  @Field(() => DateTimeISOResolver, { description: "When it happened." })
  at: Date;

  @Field(() => AuditAction, { description: "What kind of change the line records." })
  action: AuditActionValue;

  @Field(() => AuditActorKind, { description: "What kind of actor did it." })
  actorKind: AuditActorKind;

  @Field({ description: "The actor's name as it was then (kept after they leave the team)." })
  actorName: string;

  @Field(() => ID, { nullable: true, description: "The staff user who acted, while they exist." })
  actorStaffUserId: string | null;

  @Field(() => AuditCustomer, { nullable: true, description: "The customer the line is about, if any." })
  customer: AuditCustomer | null;

  @Field(() => String, { nullable: true, description: "A short label of what it happened to." })
  subject: string | null;

  @Field(() => [AuditDetail], { description: "The few facts that explain the line." })
  details: AuditDetail[];

  /** Numbers in the line are shown as the facility's people dial them (national at home). */
  static from(row: AuditRow, facilityCountry: string): AuditEvent {
    return Object.assign(new AuditEvent(), {
      id: String(row.id),
      at: row.at,
      action: row.action,
      actorKind: row.actorKind as AuditActorKind,
      actorName: row.actorName,
      actorStaffUserId: row.actorStaffUserId === null ? null : String(row.actorStaffUserId),
      customer:
        row.customerId !== null && row.customerName !== null
          ? { id: String(row.customerId), name: row.customerName }
          : null,
      subject: row.subject === null ? null : formatPhonesIn(row.subject, facilityCountry),
      details: parseDetails(row.details).map((d) => ({ ...d, value: formatPhonesIn(d.value, facilityCountry) })),
    });
  }
}

function parseDetails(text: string | null): AuditDetail[] {
  if (!text) return [];
  const parsed = JSON.parse(text) as Record<string, unknown>;
  return Object.entries(parsed).map(([key, value]) => ({ key, value: value === null ? "" : String(value) }));
}

@ObjectType({ description: "A page of audit lines, newest first." })
export class AuditEventConnection {
  @Field(() => [AuditEvent], { description: "The lines of this page." })
  nodes: AuditEvent[];

  @Field(() => PageInfo, { description: "Where this page ends; pass endCursor as `after` for the next." })
  pageInfo: PageInfo;
}

@ObjectType({ description: "A member of the team, as the audit log's person filter lists them." })
export class AuditPerson {
  @Field(() => ID, { description: "The staff user's ID." })
  id: string;

  @Field({ description: "The staff user's name." })
  name: string;
}
