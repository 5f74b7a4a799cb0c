import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import { and, desc, eq, getTableColumns, inArray, isNull, or, type SQL, sql } from "drizzle-orm";
import { textsConfigured } from "../../config.js";
import { type Database, preparedRead, type Tables, type WriteDb } from "../../db/database.js";
import { placeholderFor, preparedInTransaction, preparedRowsInsert } from "../../db/prepared-in-transaction.js";
import { returnedRow } from "../../db/rows.js";
import { invitations } from "../../db/schema.js";
import { FacilityScope } from "../../db/tenancy.js";
import {
  type EmailHandOff,
  enqueueEmail,
  enqueueText,
  type HandedEmail,
  mintSignInTokens,
  NO_STAFF_LINK,
} from "../../email/outbox.js";
import { DAY, MINUTE } from "../../lib/clock.js";
import { badInput, conflict, notFound } from "../../lib/domain-error.js";
import { recordAudit } from "../audit/audit.service.js";
import { facilityInTransaction } from "../facilities/facility.service.js";
import type { ServiceDeps } from "../service-deps.js";
import { createSignInLink, voidOpenLinks } from "../sign-in-links/sign-in-link.service.js";
import { type Channel, canTextSql, channelsFor } from "../texts/texts.service.js";
import { recordInvitationEvent } from "./invitation-events.service.js";
import {
  computePortalStatus,
  contactAccountJoin,
  customerAccountJoin,
  customerStatusFields,
  latestInvitationFields,
  type PersonStatusInputs,
  type PortalSettingsForStatus,
  type PortalStatusResult,
} from "./portal-status.service.js";

/** An in-person link lives as long as a sign-in link: long enough to scan at the counter, no longer. */
export const IN_PERSON_LINK_TTL = 15 * MINUTE;

export type InvitationRow = Tables["invitations"]["$inferSelect"] & {
  invitedByName: string | null;
  remindersStoppedByName: string | null;
};

export enum InvitationState {
  PENDING = "PENDING",
  ACCEPTED = "ACCEPTED",
  VOID = "VOID",
}

export enum VoidReason {
  RESENT = "RESENT",
  EMAIL_CHANGED = "EMAIL_CHANGED",
  PHONE_CHANGED = "PHONE_CHANGED",
  ACCESS_REMOVED = "ACCESS_REMOVED",
}

export enum InviteDelivery {
  EMAIL = "EMAIL",
  TEXT = "TEXT",
  EMAIL_AND_TEXT = "EMAIL_AND_TEXT",
  QR_CODE = "QR_CODE",
  COPIED_LINK = "COPIED_LINK",
}

export enum DeliveryState {
  QUEUED = "QUEUED",
  SENT = "SENT",
  DELIVERED = "DELIVERED",
  BOUNCED = "BOUNCED",
  FAILED = "FAILED",
}

/** One invite as the API shows it. */
export type InvitationView = {
  id: string;
  email: string;
  phone: string | null;
  createdAt: Date;
  expiresAt: Date;
  state: InvitationState;
  voidReason: VoidReason | null;
  deliveryState: DeliveryState;
  deliveryDetail: string | null;
  deliveryUpdatedAt: Date | null;
  deliveredVia: InviteDelivery;
  inPersonLinkExpiresAt: Date | null;
  linkOpenedAt: Date | null;
  acceptedAt: Date | null;
  invitedByName: string | null;
  reminderCount: number;
  lastReminderAt: Date | null;
  remindersStoppedAt: Date | null;
  remindersStoppedByName: string | null;
  facilityId: number;
  customerId: number;
};

export function toInvitation(row: InvitationRow): InvitationView {
  return {
    ...row,
    id: String(row.id),
    state: row.state as InvitationState,
    voidReason: row.voidReason as VoidReason | null,
    deliveryState: row.deliveryState as DeliveryState,
    deliveredVia: row.deliveredVia as InviteDelivery,
    inPersonLinkExpiresAt:
      row.deliveredVia === "QR_CODE" || row.deliveredVia === "COPIED_LINK"
        ? new Date(row.createdAt.getTime() + IN_PERSON_LINK_TTL)
        : null,
  };
}

/** Why an invite cannot go out now, as the error the API returns. */
export function refusal(status: PortalStatusResult) {
  switch (status.state) {
    case "NO_EMAIL":
      return badInput(`${status.reason}.`, { email: status.reason });
    case "ACCESS_DISABLED":
      return badInput("Portal access is turned off for this person. Turn on “Can access portal” first.");
    case "IN_PORTAL":
      return conflict("Already in the portal: no invite needed.", { portalState: status.state });
    case "INVITED":
      return conflict("An invite was sent recently. Resend Invite becomes available when the cooldown ends.", {
        portalState: status.state,
        resendAvailableAt: status.resendAvailableAt?.toISOString(),
      });
    default:
      return conflict("This invite cannot be sent now.", { portalState: status.state });
  }
}

export type Person = { customerId: number; contactId: number | null };

export type VoidReasonValue = NonNullable<Tables["invitations"]["$inferSelect"]["voidReason"]>;

type Facility = PortalSettingsForStatus & { inviteExpiryDays: number };

/**
 * What staff asked for, decided: the invitation to write (its address, "" when it goes by text
 * alone, and the number it is texted to), or why none may go out now. The rule of tryQueueInvite.
 */
type Decision =
  | { ok: true; email: string; phone: string | null; expiresAt: Date }
  | { ok: false; status: PortalStatusResult };

function decide(
  target: PersonStatusInputs & { phone: string | null; channel: Channel; canText: boolean },
  facility: Facility,
  now: Date,
): Decision {
  const status = computePortalStatus(target, target.latestInvitation, facility, now);
  const via = channelsFor(target);
  if (!status.action || (!via.email && !via.text)) return { ok: false, status };
  return {
    ok: true,
    email: via.email ? (target.email ?? "") : "",
    phone: via.text ? target.phone : null,
    expiresAt: new Date(now.getTime() + facility.inviteExpiryDays * DAY),
  };
}

function deliveredViaOf(p: { email: string; phone: string | null }): InviteDelivery {
  if (p.email && p.phone) return InviteDelivery.EMAIL_AND_TEXT;
  return p.phone ? InviteDelivery.TEXT : InviteDelivery.EMAIL;
}

/** A pending invitation of the person, as a condition on the invitations table (either client's). */
function pendingOf(table: typeof invitations | Tables["invitations"], person: Person): SQL {
  return and(
    eq(table.customerId, person.customerId),
    person.contactId === null ? isNull(table.contactId) : eq(table.contactId, person.contactId),
    eq(table.state, "PENDING"),
  ) as SQL;
}

/**
 * Voids a person's pending invitations and every unused link they hold, inside the caller's
 * transaction: after an email change, access turned off, or a newer invite.
 */
export async function voidPendingInvites(
  tx: WriteDb,
  t: Tables,
  person: Person,
  reason: VoidReasonValue,
  now: Date,
): Promise<void> {
  await tx.update(t.invitations).set({ state: "VOID", voidReason: reason }).where(pendingOf(t.invitations, person));
  await voidOpenLinks(tx, t, person, now);
}

/**
 * After the person's number changed from `oldPhone`: voids their pending invitations that were texted
 * to it (those that also went by email too, since both copies open one link) and every open link a
 * text carried to it, and fails texts to it still waiting in the outbox. Whoever holds the old number
 * now must not be able to sign in as the person (docs/decisions/0044). Inside the caller's transaction.
 */
export async function voidLinksTextedTo(
  tx: WriteDb,
  t: Tables,
  person: Person,
  oldPhone: string,
  now: Date,
): Promise<void> {
  const o = t.textOutbox;
  const l = t.signInLinks;
  const voided = await tx
    .update(t.invitations)
    .set({ state: "VOID", voidReason: "PHONE_CHANGED" })
    .where(and(pendingOf(t.invitations, person), eq(t.invitations.phone, oldPhone)))
    .returning({ id: t.invitations.id });
  const textedLink = sql`EXISTS (SELECT 1 FROM ${o} WHERE ${o.signInLinkId} = ${l.id} AND ${o.toPhone} = ${oldPhone})`;
  const links = await tx
    .update(l)
    .set({ voidedAt: now })
    .where(
      and(
        eq(l.customerId, person.customerId),
        person.contactId === null ? isNull(l.contactId) : eq(l.contactId, person.contactId),
        isNull(l.consumedAt),
        isNull(l.voidedAt),
        voided.length > 0
          ? or(
              textedLink,
              inArray(
                l.invitationId,
                voided.map((v) => v.id),
              ),
            )
          : textedLink,
      ),
    )
    .returning({ id: l.id });
  if (links.length === 0) return;
  await tx
    .update(o)
    .set({
      status: "FAILED",
      deliveryStatus: "FAILED",
      deliveryDetail: "The number on record changed before the text went out",
      deliveryUpdatedAt: now,
    })
    .where(
      and(
        inArray(
          o.signInLinkId,
          links.map((k) => k.id),
        ),
        eq(o.status, "PENDING"),
        isNull(o.leaseOwner),
      ),
    );
}

/**
 * Takes the customer's invite key: every invite of the customer or one of their contacts takes it
 * before deciding, and archiving takes it before archiving, so the two never cross.
 */
export function lockCustomerInvites(data: Pick<Database, "dialect">, customerId: number): Promise<void> {
  return data.dialect.lockKey(`invite:${customerId}:0`);
}

/**
 * Takes the person's invite keys before any invite of theirs is decided. A contact's invite takes the
 * customer's key too: archiving the customer takes only that one.
 */
export async function lockPersonInvites(data: Pick<Database, "dialect">, person: Person): Promise<void> {
  if (person.contactId === null) await lockCustomerInvites(data, person.customerId);
  else
    await data.dialect.lockKeys([`invite:${person.customerId}:0`, `invite:${person.customerId}:${person.contactId}`]);
}

/** Voids every pending invitation and open link of the customer and their contacts (archiving). */
export async function voidAllPendingInvitesOfCustomer(
  tx: WriteDb,
  t: Tables,
  customerId: number,
  now: Date,
): Promise<void> {
  await tx
    .update(t.invitations)
    .set({ state: "VOID", voidReason: "ACCESS_REMOVED" })
    .where(and(eq(t.invitations.customerId, customerId), eq(t.invitations.state, "PENDING")));
  await tx
    .update(t.signInLinks)
    .set({ voidedAt: now })
    .where(
      and(eq(t.signInLinks.customerId, customerId), isNull(t.signInLinks.consumedAt), isNull(t.signInLinks.voidedAt)),
    );
}

const archivedRefusal = (name: string) =>
  conflict(`${name} is archived. Restore the customer before inviting anyone on the account.`, { archived: true });

/** The person invited, read inside the transaction that decides; NOT_FOUND outside the scope. */
export async function loadTarget(
  tx: WriteDb,
  t: Tables,
  scope: FacilityScope,
  person: Person,
): Promise<PersonStatusInputs & { name: string; phone: string | null; channel: Channel; canText: boolean }> {
  const latestInvitation = latestInvitationFields(t.invitations, t.signInLinks);
  if (person.contactId === null) {
    const [customer] = await tx
      .select({
        name: t.customers.name,
        email: t.customers.email,
        phone: t.customers.phone,
        channel: t.customers.channel,
        canText: canTextSql(t, t.customers),
        archivedAt: t.customers.archivedAt,
        activatedAt: t.portalAccounts.activatedAt,
        latestInvitation,
      })
      .from(t.customers)
      .leftJoin(t.portalAccounts, customerAccountJoin(t.portalAccounts, t.customers))
      .leftJoin(t.invitations, eq(t.invitations.id, t.customers.latestInvitationId))
      .where(scope.where(t.customers, eq(t.customers.id, person.customerId)));
    if (!customer) throw notFound("Customer");
    const { archivedAt, ...target } = customer;
    if (archivedAt) throw archivedRefusal(customer.name);
    return { ...target, canAccessPortal: true };
  }
  const [contact] = await tx
    .select({
      name: t.contacts.name,
      email: t.contacts.email,
      phone: t.contacts.phone,
      channel: t.contacts.channel,
      canText: canTextSql(t, t.contacts),
      canAccessPortal: t.contacts.canAccessPortal,
      activatedAt: t.portalAccounts.activatedAt,
      latestInvitation,
      archivedAt: t.customers.archivedAt,
      customerName: t.customers.name,
    })
    .from(t.contacts)
    .innerJoin(t.customers, eq(t.customers.id, t.contacts.customerId))
    .leftJoin(t.portalAccounts, contactAccountJoin(t.portalAccounts, t.contacts))
    .leftJoin(t.invitations, eq(t.invitations.id, t.contacts.latestInvitationId))
    .where(scope.where(t.contacts, eq(t.contacts.id, person.contactId), eq(t.contacts.customerId, person.customerId)));
  if (!contact) throw notFound("Contact");
  const { archivedAt, customerName, ...target } = contact;
  if (archivedAt) throw archivedRefusal(customerName);
  return target;
}

export type QueueArgs = {
  scope: FacilityScope;
  staffUserId: number;
  person: Person;
  now: Date;
  /** Whether this deployment can send texts at all (textsConfigured): no text is queued when not. */
  textsConfigured: boolean;
};

const textsNotConfigured = () =>
  badInput(
    "This invite would go by text, but this server cannot send texts (Twilio is not configured). Choose email for this person, or ask whoever runs Portico to set up texts.",
    { channel: "Texts are not set up on this server" },
  );

/**
 * Send Invite / Resend Invite for a customer or one of their contacts. The status is recomputed
 * inside the transaction, so of two clicks at once the second sees the first invite and is refused
 * by the cooldown. The invitation, its link and the outbox row commit together; the worker sends.
 */
export async function sendInvite(
  deps: Pick<ServiceDeps, "data" | "clock" | "nudgeOutbox" | "config">,
  staff: { scope: FacilityScope; userId: number },
  person: Person,
): Promise<InvitationRow> {
  const { data } = deps;
  const now = deps.clock.now();
  const invitationId = await data.transaction((tx) =>
    queueInvite(tx, data, {
      scope: staff.scope,
      staffUserId: staff.userId,
      person,
      now,
      textsConfigured: textsConfigured(deps.config),
    }),
  );
  deps.nudgeOutbox();
  return invitationById(data, invitationId);
}

/** The invite itself, inside the caller's transaction; throws when it may not go out. */
export async function queueInvite(
  tx: WriteDb,
  data: Pick<Database, "t" | "dialect">,
  args: QueueArgs,
): Promise<number> {
  const result = await tryQueueInvite(tx, data, args);
  if (!result.ok) throw refusal(result.status);
  return result.invitationId;
}

export type QueueResult = { ok: true; invitationId: number } | { ok: false; status: PortalStatusResult };

/** Like queueInvite, but answers a refusal instead of throwing (bulk invites go on past one). */
export async function tryQueueInvite(
  tx: WriteDb,
  data: Pick<Database, "t" | "dialect">,
  args: QueueArgs,
): Promise<QueueResult> {
  const { t } = data;
  const { scope, person, now } = args;
  // One decision per person at a time: the cooldown read below must see any invite committed before.
  await lockPersonInvites(data, person);
  const target = await loadTarget(tx, t, scope, person);
  const facility = await facilityInTransaction(tx, t, scope.facilityId);
  const status = computePortalStatus(target, target.latestInvitation, facility, now);
  const via = channelsFor(target);
  if (!status.action || (!via.email && !via.text)) return { ok: false, status };
  if (via.text && !args.textsConfigured) throw textsNotConfigured();
  const expiresAt = new Date(now.getTime() + facility.inviteExpiryDays * DAY);
  // An invite by text alone carries no address: "" (the column predates texts; docs/decisions/0038).
  const email = via.email ? (target.email ?? "") : "";
  const phone = via.text ? target.phone : null;
  const deliveredVia = via.email && via.text ? "EMAIL_AND_TEXT" : via.text ? "TEXT" : "EMAIL";

  await voidPendingInvites(tx, t, person, "RESENT", now);
  const invitation = returnedRow(
    await tx
      .insert(t.invitations)
      .values({
        ...person,
        facilityId: scope.facilityId,
        email,
        phone,
        deliveredVia,
        invitedByStaffId: args.staffUserId,
        expiresAt,
        createdAt: now,
      })
      .returning({ id: t.invitations.id }),
  );
  const linkId = await createSignInLink(tx, t, {
    ...person,
    facilityId: scope.facilityId,
    invitationId: invitation.id,
    purpose: "INVITE",
    email,
    expiresAt,
    now,
  });
  if (via.email) {
    await enqueueEmail(tx, t, {
      facilityId: scope.facilityId,
      kind: "INVITE",
      toEmail: email,
      signInLinkId: linkId,
      invitationId: invitation.id,
      now,
    });
  }
  if (phone) {
    await enqueueText(tx, t, {
      facilityId: scope.facilityId,
      kind: "INVITE",
      toPhone: phone,
      signInLinkId: linkId,
      invitationId: invitation.id,
      now,
    });
  }
  const to = [via.email ? email : null, phone].filter(Boolean).join(" and ");
  await recordInvitationEvent(tx, t, invitation.id, "QUEUED", now, `To ${to}`);
  await recordAudit(tx, t, scope, now, {
    action: target.latestInvitation ? "INVITE_RESENT" : "INVITE_SENT",
    customerId: person.customerId,
    subject: target.name,
    details: { email, ...(phone ? { phone } : {}) },
  });
  // The person's latest invitation is now this one: the invitations trigger wrote it (decision 58).
  return { ok: true, invitationId: invitation.id };
}

// A bulk invite's chunk runs each step through a statement prepared once, whatever its size.
const chunkTargets = preparedInTransaction("bulk_invite_chunk_targets", (tx, t, dialect) =>
  tx
    .select({
      ...customerStatusFields(t),
      name: t.customers.name,
      phone: t.customers.phone,
      channel: t.customers.channel,
    })
    .from(t.customers)
    .leftJoin(t.portalAccounts, customerAccountJoin(t.portalAccounts, t.customers))
    .leftJoin(t.invitations, eq(t.invitations.id, t.customers.latestInvitationId))
    .where(
      FacilityScope.preparedCheck(
        t.customers,
        dialect.inList(t.customers.id, sql.placeholder("ids")),
        isNull(t.customers.archivedAt),
      ),
    ),
);
const chunkVoidInvitations = preparedInTransaction("bulk_invite_chunk_void_invitations", (tx, t, dialect) =>
  tx
    .update(t.invitations)
    .set({ state: "VOID", voidReason: "RESENT" })
    .where(
      and(
        dialect.inList(t.invitations.customerId, sql.placeholder("ids")),
        isNull(t.invitations.contactId),
        eq(t.invitations.state, "PENDING"),
      ),
    ),
);
const chunkVoidLinks = preparedInTransaction("bulk_invite_chunk_void_links", (tx, t, dialect) =>
  tx
    .update(t.signInLinks)
    .set({ voidedAt: placeholderFor(t.signInLinks.voidedAt, "now") })
    .where(
      and(
        dialect.inList(t.signInLinks.customerId, sql.placeholder("ids")),
        isNull(t.signInLinks.contactId),
        isNull(t.signInLinks.consumedAt),
        isNull(t.signInLinks.voidedAt),
      ),
    ),
);
const insertInvitations = preparedRowsInsert("bulk_invitations_insert", (t) => ({
  table: t.invitations,
  columns: ["customerId", "facilityId", "email", "phone", "deliveredVia", "invitedByStaffId", "expiresAt", "createdAt"],
  constants: { contactId: null },
  returning: { id: t.invitations.id, customerId: t.invitations.customerId },
}));
const insertInviteLinks = preparedRowsInsert("bulk_invite_links_insert", (t) => ({
  table: t.signInLinks,
  columns: ["facilityId", "customerId", "invitationId", "email", "expiresAt", "createdAt"],
  constants: { contactId: null, purpose: "INVITE" },
  returning: { id: t.signInLinks.id, customerId: t.signInLinks.customerId },
}));
// Handed to this process's email worker, the rows are written claimed: leased to it, attempt 1.
const insertInviteEmails = preparedRowsInsert("bulk_invite_emails_insert", (t) => ({
  table: t.emailOutbox,
  columns: [
    "facilityId",
    "toEmail",
    "signInLinkId",
    "invitationId",
    "nextAttemptAt",
    "createdAt",
    "leaseOwner",
    "leaseUntil",
    "attempts",
  ],
  constants: { kind: "INVITE" },
  returning: { id: t.emailOutbox.id, invitationId: t.emailOutbox.invitationId },
}));
// Texts are not handed to a worker: the text worker claims them like any other.
const insertInviteTexts = preparedRowsInsert("bulk_invite_texts_insert", (t) => ({
  table: t.textOutbox,
  columns: ["facilityId", "toPhone", "signInLinkId", "invitationId", "nextAttemptAt", "createdAt"],
  constants: { kind: "INVITE" },
}));
const insertQueuedEvents = preparedRowsInsert("bulk_invite_events_insert", (t) => ({
  table: t.invitationEvents,
  columns: ["invitationId", "detail", "at"],
  constants: { kind: "QUEUED" },
}));

export type CustomerInvitesArgs = {
  scope: FacilityScope;
  staffUserId: number;
  /** Distinct customers of the scope's facility, in the order their keys are taken. */
  customerIds: readonly number[];
  now: Date;
  /**
   * This process's email worker's lease (outbox.ts EmailHandOff): the emails are written claimed
   * under it, their tokens minted, and answered for the worker to send. Without it they are written
   * for any worker to claim.
   */
  lease?: EmailHandOff["lease"];
};

export type CustomerInvites = {
  /** Each customer's result, by id. */
  results: Map<number, QueueResult>;
  /** With a lease: the emails written under it, ready to send once the transaction commits. */
  emails: HandedEmail[];
  /** Texts written to the text outbox (nudge it once the transaction commits). */
  texts: number;
};

/**
 * tryQueueInvite for many customers at once (a bulk invite's chunk), inside the caller's
 * transaction, with the same rules and locks: each person's key (taken in the order given), their
 * status read and decided inside the transaction, their pending invites and open links voided, then
 * the invitation, its link, its outbox email and its QUEUED event written, and the customer's latest
 * invitation set. Each step is one statement for the whole list, so a chunk's statements do not
 * grow with its size. A customer outside the scope, archived or deleted gets no result.
 */
export async function tryQueueCustomerInvites(
  tx: WriteDb,
  data: Database,
  args: CustomerInvitesArgs,
): Promise<CustomerInvites> {
  const { dialect } = data;
  const { scope, now, customerIds, lease } = args;
  const results = new Map<number, QueueResult>();
  const emails: HandedEmail[] = [];
  if (customerIds.length === 0) return { results, emails, texts: 0 };
  if (new Set(customerIds).size !== customerIds.length) throw new Error("tryQueueCustomerInvites: a customer twice");
  await dialect.lockKeys(customerIds.map((id) => `invite:${id}:0`));
  const targets = await chunkTargets(data, tx).execute(scope.values({ ids: dialect.listParam(customerIds) }));
  // A customer archived (or deleted) since the preview is not among them, and gets no result.
  const facility = await facilityInTransaction(tx, data.t, scope.facilityId);
  // Each step below is one statement over the whole chunk; on SQLite each runs synchronously, so
  // the chunk yields to the event loop between them (a few milliseconds each) rather than holding
  // it for the whole chunk.
  await yieldToEventLoop();

  const invited: Array<{ customerId: number; name: string; email: string; phone: string | null; expiresAt: Date }> = [];
  for (const target of targets) {
    const decision = decide({ ...target, canAccessPortal: true }, facility, now);
    if (decision.ok) {
      const { email, phone, expiresAt } = decision;
      invited.push({ customerId: target.id, name: target.name, email, phone, expiresAt });
    } else {
      results.set(target.id, decision);
    }
  }
  if (invited.length === 0) return { results, emails, texts: 0 };
  // Most chunks email everyone: the texts' statement runs only for a chunk that has some.
  const emailed = invited.filter((p) => p.email);
  const texted = invited.filter((p) => p.phone);
  const ids = dialect.listParam(invited.map((p) => p.customerId));

  // Only a person's latest invite and link may work (DESIGN §8): what they held before stops now.
  await chunkVoidInvitations(data, tx).execute({ ids });
  await chunkVoidLinks(data, tx).execute({ ids, now });
  await yieldToEventLoop();
  const invitationRows = await insertInvitations(
    data,
    tx,
    invited.map((p) => ({
      customerId: p.customerId,
      facilityId: scope.facilityId,
      email: p.email,
      phone: p.phone,
      deliveredVia: deliveredViaOf(p),
      invitedByStaffId: args.staffUserId,
      expiresAt: p.expiresAt,
      createdAt: now,
    })),
  );
  const invitationOf = new Map(invitationRows.map((row) => [row.customerId, row.id]));
  const invitationId = (customerId: number) => {
    const id = invitationOf.get(customerId);
    if (id === undefined) throw new Error(`invitation of customer ${customerId} not written`);
    return id;
  };
  await yieldToEventLoop();
  const linkRows = await insertInviteLinks(
    data,
    tx,
    invited.map((p) => ({
      facilityId: scope.facilityId,
      customerId: p.customerId,
      invitationId: invitationId(p.customerId),
      email: p.email,
      expiresAt: p.expiresAt,
      createdAt: now,
    })),
  );
  const linkOf = new Map(linkRows.map((row) => [row.customerId, row.id]));
  const linkId = (customerId: number) => {
    const id = linkOf.get(customerId);
    if (id === undefined) throw new Error(`link of customer ${customerId} not written`);
    return id;
  };
  await yieldToEventLoop();
  const outboxRows =
    emailed.length === 0
      ? []
      : await insertInviteEmails(
          data,
          tx,
          emailed.map((p) => ({
            facilityId: scope.facilityId,
            toEmail: p.email,
            signInLinkId: linkId(p.customerId),
            invitationId: invitationId(p.customerId),
            nextAttemptAt: now,
            createdAt: now,
            leaseOwner: lease?.owner ?? null,
            leaseUntil: lease?.until ?? null,
            attempts: lease ? 1 : 0,
          })),
        );
  if (texted.length > 0) {
    await yieldToEventLoop();
    await insertInviteTexts(
      data,
      tx,
      texted.map((p) => ({
        facilityId: scope.facilityId,
        toPhone: p.phone,
        signInLinkId: linkId(p.customerId),
        invitationId: invitationId(p.customerId),
        nextAttemptAt: now,
        createdAt: now,
      })),
    );
  }
  await yieldToEventLoop();
  await insertQueuedEvents(
    data,
    tx,
    invited.map((p) => ({
      invitationId: invitationId(p.customerId),
      detail: `To ${[p.email, p.phone].filter(Boolean).join(" and ")}`,
      at: now,
    })),
  );
  if (lease && emailed.length > 0) {
    await yieldToEventLoop();
    const secrets = await mintSignInTokens(
      data,
      tx,
      emailed.map((p) => linkId(p.customerId)),
      now,
    );
    emailed.forEach((p, i) => {
      const outbox = outboxRows[i];
      const secret = secrets[i];
      if (!outbox || !secret || outbox.invitationId !== invitationId(p.customerId)) {
        throw new Error("outbox rows not written in order");
      }
      emails.push({
        row: {
          id: outbox.id,
          facilityId: scope.facilityId,
          kind: "INVITE",
          toEmail: p.email,
          subject: null,
          htmlBody: null,
          textBody: null,
          signInLinkId: linkId(p.customerId),
          invitationId: invitationId(p.customerId),
          attempts: 1,
        },
        context: {
          outboxId: outbox.id,
          facilityName: facility.name,
          facilitySlug: facility.slug,
          brandColor: facility.brandColor,
          logoUrl: facility.logoUrl,
          logoFileId: facility.logoFileId,
          timeZone: facility.timeZone,
          replyToEmail: facility.replyToEmail,
          welcomeMessage: facility.welcomeMessage,
          signInMethod: facility.signInMethod,
          linkId: linkId(p.customerId),
          linkExpiresAt: p.expiresAt,
          linkConsumedAt: null,
          linkVoidedAt: null,
          invitationState: "PENDING",
          customerName: p.name,
          contactName: null,
          contactId: null,
          ...NO_STAFF_LINK,
        },
        token: secret.token,
        code: secret.code,
      });
    });
  }
  await yieldToEventLoop();
  for (const p of invited) results.set(p.customerId, { ok: true, invitationId: invitationId(p.customerId) });
  return { results, emails, texts: texted.length };
}

export function invitationFields(t: Tables) {
  const stopper = t.staffUsers;
  return {
    ...getTableColumns(t.invitations),
    invitedByName: t.staffUsers.name,
    // The inviter is joined; whoever stopped the reminders (rarely anyone) is looked up by id.
    remindersStoppedByName: sql<
      string | null
    >`(SELECT ${stopper.name} FROM ${stopper} WHERE ${stopper.id} = ${t.invitations.remindersStoppedByStaffId})`,
  };
}

const invitationByIdRead = preparedRead(
  "invitation_by_id",
  (db, t) =>
    db
      .select(invitationFields(t))
      .from(t.invitations)
      .leftJoin(t.staffUsers, eq(t.staffUsers.id, t.invitations.invitedByStaffId))
      .where(eq(t.invitations.id, sql.placeholder("id"))),
  { keyed: true },
);

// The customer page lists the invites of the customer and of each contact: all of them come from
// one statement, prepared once, whatever the number of contacts.
const invitationsOfAccountRead = preparedRead(
  "invitations_of_account",
  (db, t) =>
    db
      .select(invitationFields(t))
      .from(t.invitations)
      .leftJoin(t.staffUsers, eq(t.staffUsers.id, t.invitations.invitedByStaffId))
      .where(FacilityScope.preparedCheck(t.invitations, eq(t.invitations.customerId, sql.placeholder("customerId"))))
      .orderBy(desc(t.invitations.id)),
  { keyed: true },
);

/** An invitation just written; its id comes from the transaction that made it. */
export async function invitationById(data: Database, id: number): Promise<InvitationRow> {
  const [row] = await invitationByIdRead(data).execute({ id });
  if (!row) throw new Error(`invitation ${id} vanished`);
  return row;
}

/** The invites of an account's people, by person: the customer themself under null, each contact under its id. */
export type InvitationsByPerson = ReadonlyMap<number | null, readonly InvitationRow[]>;

/** Invite history of a customer and of each of their contacts, newest first, in one statement. */
export async function invitationsOfAccount(
  data: Database,
  scope: FacilityScope,
  customerId: number,
): Promise<InvitationsByPerson> {
  const rows = await invitationsOfAccountRead(data).execute(scope.values({ customerId }));
  const byPerson = new Map<number | null, InvitationRow[]>();
  for (const row of rows) {
    const list = byPerson.get(row.contactId);
    if (list) list.push(row);
    else byPerson.set(row.contactId, [row]);
  }
  return byPerson;
}
