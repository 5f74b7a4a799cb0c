import { and, type Column, eq, isNull, Param, type SQL, sql, type Table } from "drizzle-orm";
import { type Database, preparedRead, type Tables } from "../../db/database.js";
import { FacilityScope } from "../../db/tenancy.js";
import { isValidEmail } from "../../lib/text.js";
import { canTextSql } from "../texts/texts.service.js";

/** DESIGN §3: the one place that decides a person's portal status. The dashboard only shows it. */
export type PortalState =
  | "NO_EMAIL"
  | "ACCESS_DISABLED"
  | "NOT_INVITED"
  | "INVITED"
  | "INVITE_RESENDABLE"
  | "INVITE_EXPIRED"
  | "BOUNCED"
  | "IN_PORTAL";

export type InviteAction = "SEND" | "RESEND";

export type PersonForStatus = {
  email: string | null;
  /** A number with consent to texts and no STOP since (texts.service canTextSql): invitable by text. */
  canText?: boolean;
  /** Customers always may; contacts only with "Can access portal" on. */
  canAccessPortal: boolean;
  activatedAt: Date | null;
};

export type LatestInvitationForStatus = {
  email: string;
  createdAt: Date;
  expiresAt: Date;
  state: "PENDING" | "ACCEPTED" | "VOID";
  voidReason: "RESENT" | "EMAIL_CHANGED" | "PHONE_CHANGED" | "ACCESS_REMOVED" | null;
  deliveryState: "QUEUED" | "SENT" | "DELIVERED" | "BOUNCED" | "FAILED";
  deliveryDetail: string | null;
  /**
   * When the last open link carrying this invitation expires (null: none is open). A customer's
   * "email me a sign-in link" voids the invite link and carries the invite on a 15-minute link; once
   * that one expires or is replaced in turn, no link leads to the invite any more.
   */
  openLinkExpiresAt: Date | null;
};

export type PortalSettingsForStatus = { resendCooldownHours: number };

export type PortalStatusResult = {
  state: PortalState;
  /** What staff read next to the badge: why, and what to do. */
  reason: string;
  /** SEND, RESEND, or null when no invite may go out now. */
  action: InviteAction | null;
  /** When a pending invite can be resent (cooldown end). */
  resendAvailableAt: Date | null;
  /** When the state changes by itself: cooldown end, then link expiry. */
  changesAt: Date | null;
};

export function computePortalStatus(
  person: PersonForStatus,
  latest: LatestInvitationForStatus | null,
  settings: PortalSettingsForStatus,
  now: Date,
): PortalStatusResult {
  // A contact whose access was turned off is out of the portal, even though they signed in before.
  if (person.activatedAt && !person.canAccessPortal) {
    return {
      state: "ACCESS_DISABLED",
      reason: "Portal access turned off",
      action: null,
      resendAvailableAt: null,
      changesAt: null,
    };
  }
  if (person.activatedAt) {
    return {
      state: "IN_PORTAL",
      reason: "Has signed in to the portal",
      action: null,
      resendAvailableAt: null,
      changesAt: null,
    };
  }
  if (!isValidEmail(person.email) && !person.canText) {
    return {
      state: "NO_EMAIL",
      reason: person.email ? "The email on record is not valid: fix it to invite" : "Add an email address to invite",
      action: null,
      resendAvailableAt: null,
      changesAt: null,
    };
  }
  if (!person.canAccessPortal) {
    return {
      state: "ACCESS_DISABLED",
      reason: "Turn on “Can access portal” to invite",
      action: null,
      resendAvailableAt: null,
      changesAt: null,
    };
  }
  // An invite that went by text alone carries no email (""): it stays the person's invite whatever
  // their email, since changing the email voids it anyway (a text invite to a person who has an email
  // but chose texts is theirs as much as one to a person with none).
  const live =
    latest && latest.state !== "VOID" && (latest.email === "" || latest.email === (person.email ?? "")) ? latest : null;
  if (!live) {
    return {
      state: "NOT_INVITED",
      reason: "Not invited yet",
      action: "SEND",
      resendAvailableAt: null,
      changesAt: null,
    };
  }
  if (live.deliveryState === "BOUNCED" || live.deliveryState === "FAILED") {
    const detail = live.deliveryDetail ? `: ${live.deliveryDetail}` : "";
    return {
      state: "BOUNCED",
      reason: `The last invite could not be delivered${detail}`,
      action: "RESEND",
      resendAvailableAt: null,
      changesAt: null,
    };
  }
  if (live.expiresAt.getTime() <= now.getTime()) {
    return {
      state: "INVITE_EXPIRED",
      reason: "The invite link has expired",
      action: "RESEND",
      resendAvailableAt: null,
      changesAt: null,
    };
  }
  // The invite's own expiry is still ahead, but its link was replaced and the replacement is gone
  // too: waiting out the cooldown would leave the person with no way in (DESIGN §3).
  const linkEnds = live.openLinkExpiresAt;
  if (!linkEnds || linkEnds.getTime() <= now.getTime()) {
    return {
      state: "INVITE_EXPIRED",
      reason: "The invite link was replaced by a sign-in link that has since expired",
      action: "RESEND",
      resendAvailableAt: null,
      changesAt: null,
    };
  }
  const cooldownEnds = new Date(live.createdAt.getTime() + settings.resendCooldownHours * 3_600_000);
  if (cooldownEnds.getTime() > now.getTime()) {
    // A link shorter-lived than the cooldown (one shown in person lives 15 minutes) frees the
    // invite when it expires: that, not the cooldown, is when it can go again.
    const linkFirst = linkEnds < cooldownEnds;
    return {
      state: "INVITED",
      reason: linkFirst
        ? "Invite link open; a new invite can go once it expires"
        : "Invite sent; it can be resent once the cooldown is over",
      action: null,
      resendAvailableAt: linkFirst ? linkEnds : cooldownEnds,
      changesAt: linkFirst ? linkEnds : cooldownEnds,
    };
  }
  return {
    state: "INVITE_RESENDABLE",
    reason: "Invited, not signed in yet",
    action: "RESEND",
    resendAvailableAt: null,
    changesAt: linkEnds,
  };
}

type InvitationColumns = Record<
  "id" | "email" | "createdAt" | "expiresAt" | "state" | "voidReason" | "deliveryState" | "deliveryDetail",
  Column
>;
type LinkColumns = Table &
  Record<"invitationId" | "consumedAt" | "voidedAt", Column> & { expiresAt: Column<{ data: Date } & Column["_"]> };

/** A person's latest invitation as their portal status reads it, with its id. */
export type LatestInvitation = LatestInvitationForStatus & { id: number };

/**
 * What a person's status needs of their latest invitation, to select as one field beside the person
 * left-joined to `invitations` on their latest_invitation_id: drizzle answers null for the whole
 * object when there is none (its first column, the id, is null). The last open link's expiry is a
 * subquery found by the sign_in_links_invitation index. Every list of people selects it through here,
 * so their statuses come from the list's own statement.
 */
export function latestInvitationFields<I extends InvitationColumns, L extends LinkColumns>(
  i: I,
  l: L,
): Pick<I, keyof InvitationColumns> & { openLinkExpiresAt: SQL<Date | null> } {
  return {
    id: i.id,
    email: i.email,
    createdAt: i.createdAt,
    expiresAt: i.expiresAt,
    state: i.state,
    voidReason: i.voidReason,
    deliveryState: i.deliveryState,
    deliveryDetail: i.deliveryDetail,
    // max() of no rows is NULL, which drizzle answers without decoding.
    openLinkExpiresAt: sql`(SELECT max(${l.expiresAt}) FROM ${l}
      WHERE ${l.invitationId} = ${i.id} AND ${l.consumedAt} IS NULL AND ${l.voidedAt} IS NULL)`.mapWith(l.expiresAt),
  };
}

type AccountColumns = Record<"customerId" | "personKey", Column>;

/** The join condition of a customer's own portal account (person_key 0 stands for the customer). */
export function customerAccountJoin(account: AccountColumns, customer: { id: Column }): SQL {
  return and(eq(account.customerId, customer.id), eq(account.personKey, 0)) as SQL;
}

/** The join condition of a contact's portal account. */
export function contactAccountJoin(account: AccountColumns, contact: { id: Column; customerId: Column }): SQL {
  return and(eq(account.customerId, contact.customerId), eq(account.personKey, contact.id)) as SQL;
}

/**
 * A customer's columns that their portal status needs, selected beside `portalAccounts` joined with
 * customerAccountJoin and `invitations` joined on the customer's latest_invitation_id.
 */
export function customerStatusFields(
  t: Pick<Tables, "customers" | "portalAccounts" | "invitations" | "signInLinks" | "smsOptOuts">,
) {
  return {
    id: t.customers.id,
    email: t.customers.email,
    canText: canTextSql(t, t.customers),
    activatedAt: t.portalAccounts.activatedAt,
    latestInvitation: latestInvitationFields(t.invitations, t.signInLinks),
  };
}

/** What computePortalStatus needs of one person, as the reads below answer it. */
export type PersonStatusInputs = PersonForStatus & { latestInvitation: LatestInvitation | null };

// The Contacts page and the customer page read statuses for many people at once: one statement per
// list, prepared once, the ids bound as one parameter whatever their number.
const customersStatusRead = preparedRead("portal_status_of_customers", (db, t, dialect) =>
  db
    .select(customerStatusFields(t))
    .from(t.customers)
    .leftJoin(t.portalAccounts, customerAccountJoin(t.portalAccounts, t.customers))
    .leftJoin(t.invitations, eq(t.invitations.id, t.customers.latestInvitationId))
    .where(FacilityScope.preparedWhere(t.customers, dialect.inList(t.customers.id, sql.placeholder("ids")))),
);

const contactsStatusRead = preparedRead("portal_status_of_contacts", (db, t, dialect) =>
  db
    .select({
      id: t.contacts.id,
      email: t.contacts.email,
      canText: canTextSql(t, t.contacts),
      canAccessPortal: t.contacts.canAccessPortal,
      activatedAt: t.portalAccounts.activatedAt,
      latestInvitation: latestInvitationFields(t.invitations, t.signInLinks),
    })
    .from(t.contacts)
    .leftJoin(t.portalAccounts, contactAccountJoin(t.portalAccounts, t.contacts))
    .leftJoin(t.invitations, eq(t.invitations.id, t.contacts.latestInvitationId))
    .where(FacilityScope.preparedWhere(t.contacts, dialect.inList(t.contacts.id, sql.placeholder("ids")))),
);

/** The status inputs of these customers of the scope, by id; ids of another facility are left out. */
export async function statusInputsOfCustomers(
  data: Database,
  scope: FacilityScope,
  customerIds: readonly number[],
): Promise<Map<number, PersonStatusInputs>> {
  if (customerIds.length === 0) return new Map();
  const rows = await customersStatusRead(data).execute(scope.values({ ids: data.dialect.listParam(customerIds) }));
  return new Map(rows.map(({ id, ...person }) => [id, { ...person, canAccessPortal: true }]));
}

/** The status inputs of these contacts of the scope, by id; ids of another facility are left out. */
export async function statusInputsOfContacts(
  data: Database,
  scope: FacilityScope,
  contactIds: readonly number[],
): Promise<Map<number, PersonStatusInputs>> {
  if (contactIds.length === 0) return new Map();
  const rows = await contactsStatusRead(data).execute(scope.values({ ids: data.dialect.listParam(contactIds) }));
  return new Map(rows.map(({ id, ...person }) => [id, person]));
}

/** The values customerPortalState's placeholders take at `now`. */
export function portalStateValues(now: Date, settings: PortalSettingsForStatus) {
  return { now, cooldownStart: new Date(now.getTime() - settings.resendCooldownHours * 3_600_000) };
}

/**
 * The rule of computePortalStatus as a SQL expression over a customer left-joined to their portal
 * account and latest invitation, so the Contacts list can filter by status in its one statement
 * (`dialect.inList(customerPortalState(t), placeholder)`). Its moments are the placeholders `now`
 * and `cooldownStart`, filled by portalStateValues, so a prepared list keeps one SQL text. Emails
 * are validated on write, so a stored email counts as valid here.
 */
export function customerPortalState(
  t: Pick<Tables, "customers" | "portalAccounts" | "invitations" | "signInLinks" | "smsOptOuts">,
) {
  const i = t.invitations;
  const l = t.signInLinks;
  const now = new Param(sql.placeholder("now"), i.expiresAt);
  const cooldownStart = new Param(sql.placeholder("cooldownStart"), i.createdAt);
  const linkNow = new Param(sql.placeholder("now"), l.expiresAt);
  const openLink = and(
    eq(l.invitationId, i.id),
    isNull(l.consumedAt),
    isNull(l.voidedAt),
    sql`${l.expiresAt} > ${linkNow}`,
  );
  return sql<PortalState>`CASE
      WHEN ${t.portalAccounts.activatedAt} IS NOT NULL THEN 'IN_PORTAL'
      WHEN (${t.customers.email} IS NULL OR ${t.customers.email} = '') AND NOT ${canTextSql(t, t.customers)} THEN 'NO_EMAIL'
      WHEN ${i.id} IS NULL OR ${i.state} = 'VOID' OR (${i.email} <> '' AND ${i.email} <> coalesce(${t.customers.email}, '')) THEN 'NOT_INVITED'
      WHEN ${i.deliveryState} IN ('BOUNCED', 'FAILED') THEN 'BOUNCED'
      WHEN ${i.expiresAt} <= ${now} THEN 'INVITE_EXPIRED'
      WHEN NOT EXISTS (SELECT 1 FROM ${l} WHERE ${openLink}) THEN 'INVITE_EXPIRED'
      WHEN ${i.createdAt} > ${cooldownStart} THEN 'INVITED'
      ELSE 'INVITE_RESENDABLE'
    END`;
}
