import { and, type Column, desc, eq, getTableName, inArray, isNull, type SQL, sql } from "drizzle-orm";
import type { Database, Tables, WriteDb } from "../../db/database.js";
import type { FacilityScope } from "../../db/tenancy.js";
import { badInput, notFound } from "../../lib/domain-error.js";
import { isValidEmail } from "../../lib/text.js";
import { recordAudit } from "../audit/audit.service.js";
import { recordInvitationEvent } from "../invitations/invitation-events.service.js";
import type { ServiceDeps } from "../service-deps.js";

export type Channel = "EMAIL" | "TEXT" | "BOTH";
export type TextDeliveryStatus = "QUEUED" | "SENT" | "DELIVERED" | "FAILED" | "UNDELIVERED";

/** A customer (contactId null) or one of their contacts. */
export type TextPerson = { customerId: number; contactId: number | null };

/** What the texts rules need of a person's row (customers and contacts have the same columns). */
type PersonColumns = { phone: Column; smsConsentPhone: Column };

/**
 * Whether a text may go to the person's number, as SQL over their row: a number on record, consent
 * recorded for that very number, and no STOP from it since. The STOP check is a lookup by key.
 */
export function canTextSql(t: Pick<Tables, "smsOptOuts">, person: PersonColumns): SQL<boolean> {
  const o = t.smsOptOuts;
  // Named with its table: a select without joins renders a bare "phone", which inside the subquery
  // would be sms_opt_outs' own column.
  const phone = sql`${sql.identifier(getTableName(person.phone.table))}.${sql.identifier(person.phone.name)}`;
  return sql<boolean>`(${phone} IS NOT NULL AND ${person.smsConsentPhone} = ${phone} AND NOT EXISTS (SELECT 1 FROM ${o} WHERE ${o.phone} = ${phone} AND ${o.state} = 'OPTED_OUT'))`.mapWith(
    (v: unknown) => v === true || v === 1 || v === "1" || v === "t",
  );
}

/**
 * Which channels a message to the person takes: their choice, falling back to the other channel when
 * the chosen one cannot reach them (no valid email; no number with consent, or a STOP).
 */
export function channelsFor(person: { email: string | null; channel: Channel; canText: boolean }): {
  email: boolean;
  text: boolean;
} {
  const emailOk = isValidEmail(person.email);
  const text = person.canText && (person.channel !== "EMAIL" || !emailOk);
  const email = emailOk && (person.channel !== "TEXT" || !text);
  return { email, text };
}

export type TextSettingsRow = {
  channel: Channel;
  email: string | null;
  phone: string | null;
  smsConsentPhone: string | null;
  smsConsentAt: Date | null;
  smsConsentSource: string | null;
  canText: boolean;
  optedOutAt: Date | null;
  optedInAt: Date | null;
  optedOut: boolean;
};

/** A person's channel, consent and opt-out, read in the scope; NOT_FOUND for another facility's person. */
export async function textSettingsOf(
  db: (Pick<Database, "t"> & { read: Database["read"] }) | { t: Tables; read: WriteDb },
  scope: FacilityScope,
  person: TextPerson,
): Promise<TextSettingsRow> {
  const { t } = db;
  const p = person.contactId === null ? t.customers : t.contacts;
  const o = t.smsOptOuts;
  const [row] = await (db.read as WriteDb)
    .select({
      channel: p.channel,
      email: p.email,
      phone: p.phone,
      smsConsentPhone: p.smsConsentPhone,
      smsConsentAt: p.smsConsentAt,
      smsConsentSource: p.smsConsentSource,
      canText: canTextSql(t, p),
      optedOutAt: o.optedOutAt,
      optedInAt: o.optedInAt,
      optState: o.state,
    })
    .from(p)
    .leftJoin(o, eq(o.phone, p.phone))
    .where(
      person.contactId === null
        ? scope.where(t.customers, eq(t.customers.id, person.customerId))
        : scope.where(t.contacts, eq(t.contacts.id, person.contactId), eq(t.contacts.customerId, person.customerId)),
    );
  if (!row) throw notFound(person.contactId === null ? "Customer" : "Contact");
  const { optState, ...rest } = row;
  return { ...rest, canText: Boolean(rest.canText), optedOut: optState === "OPTED_OUT" };
}

/** The last texts sent to a person (by the number they have now), newest first. */
export async function recentTextsOf(data: Database, scope: FacilityScope, phone: string | null, limit = 5) {
  if (!phone) return [];
  const o = data.t.textOutbox;
  return data.read
    .select({
      id: o.id,
      kind: o.kind,
      toPhone: o.toPhone,
      status: o.status,
      deliveryStatus: o.deliveryStatus,
      deliveryDetail: o.deliveryDetail,
      createdAt: o.createdAt,
      sentAt: o.sentAt,
      deliveryUpdatedAt: o.deliveryUpdatedAt,
    })
    .from(o)
    .where(scope.where(o, eq(o.toPhone, phone)))
    .orderBy(desc(o.id))
    .limit(limit);
}

export type TextSettingsInput = {
  channel: Channel;
  /** true: consent to texts at the number on record; false: none (withdrawn). */
  consent: boolean;
  /** Staff only: how the consent was given ("Said yes at the counter"). */
  consentNote?: string | null;
};

/**
 * Sets a person's channel and consent, for staff (who records how consent was given) or for the
 * person themself in the portal. Texts need a number and consent; choosing text alone needs them too.
 */
export async function saveTextSettings(
  deps: Pick<ServiceDeps, "data" | "clock">,
  scope: FacilityScope,
  person: TextPerson,
  input: TextSettingsInput,
  by: { kind: "staff"; name: string } | { kind: "person" },
): Promise<void> {
  const { data } = deps;
  const { t } = data;
  const now = deps.clock.now();
  const note = input.consentNote?.trim() ?? "";
  if (note.length > 200)
    throw badInput("The note is at most 200 characters", { consentNote: "At most 200 characters" });
  await data.transaction(async (tx) => {
    const current = await textSettingsOf({ t, read: tx }, scope, person);
    if (input.consent && !current.phone) {
      throw badInput("Add a mobile number before recording consent to texts.", { phone: "No number on record" });
    }
    if (input.channel !== "EMAIL" && !input.consent) {
      throw badInput("Texts need consent: record it, or choose email.", { channel: "Needs consent to texts" });
    }
    if (input.channel === "EMAIL" && !isValidEmail(current.email) && current.phone && input.consent) {
      // Allowed: with no email the texts still go out (channelsFor falls back); nothing to refuse.
    }
    const alreadyConsented = current.smsConsentPhone != null && current.smsConsentPhone === current.phone;
    const consent = input.consent
      ? alreadyConsented && !note
        ? {}
        : {
            smsConsentPhone: current.phone,
            smsConsentAt: now,
            smsConsentSource:
              by.kind === "person"
                ? "Given in the portal"
                : `Recorded by ${by.name}${note ? `: ${note}` : ""}`.slice(0, 300),
          }
      : { smsConsentPhone: null, smsConsentAt: null, smsConsentSource: null };
    const table = person.contactId === null ? t.customers : t.contacts;
    const id = person.contactId === null ? person.customerId : person.contactId;
    await tx
      .update(table)
      .set({ channel: input.channel, ...consent })
      .where(eq(table.id, id));
    if (by.kind === "staff") {
      await recordAudit(tx, t, scope, now, {
        action: "TEXT_SETTINGS_CHANGED",
        customerId: person.customerId,
        subject: current.phone ?? "",
        details: { channel: input.channel, consent: input.consent, ...(note ? { note } : {}) },
      });
    }
  });
}

/** STOP and its synonyms, START and its: the keywords carriers and Twilio honour. */
const STOP_WORDS = new Set(["STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT"]);
const START_WORDS = new Set(["START", "UNSTOP", "YES"]);

export type InboundText = { messageSid: string; from: string; body: string; optOutType?: string | null };

/**
 * A text someone sent to the deployment's number. STOP (or a synonym, or Twilio's OptOutType) opts
 * the number out of every text until START; applied once per message, whatever the retries.
 */
export async function applyInboundText(
  deps: Pick<ServiceDeps, "data" | "clock">,
  text: InboundText,
): Promise<"opted-out" | "opted-in" | "ignored" | "duplicate"> {
  const { data } = deps;
  const { t } = data;
  const now = deps.clock.now();
  const word = text.body.trim().toUpperCase();
  const type = (text.optOutType ?? "").toUpperCase();
  const action =
    type === "STOP" || STOP_WORDS.has(word) ? "STOP" : type === "START" || START_WORDS.has(word) ? "START" : null;
  if (!action || !/^\+[1-9]\d{6,14}$/.test(text.from)) return "ignored";
  return data.transaction(async (tx) => {
    const fresh = await tx
      .insert(t.webhookEvents)
      .values({ key: `twilio:inbound:${text.messageSid}`, receivedAt: now })
      .onConflictDoNothing()
      .returning({ key: t.webhookEvents.key });
    if (fresh.length === 0) return "duplicate";
    const o = t.smsOptOuts;
    const values =
      action === "STOP"
        ? { state: "OPTED_OUT" as const, optedOutAt: now, updatedAt: now }
        : { state: "OPTED_IN" as const, optedInAt: now, updatedAt: now };
    await tx
      .insert(o)
      .values({ phone: text.from, ...values })
      .onConflictDoUpdate({ target: o.phone, set: values });
    if (action === "STOP") {
      // Texts waiting in the outbox for this number stay unsent.
      await tx
        .update(t.textOutbox)
        .set({
          status: "FAILED",
          deliveryStatus: "FAILED",
          deliveryDetail: "The number replied STOP",
          deliveryUpdatedAt: now,
        })
        .where(
          and(eq(t.textOutbox.toPhone, text.from), eq(t.textOutbox.status, "PENDING"), isNull(t.textOutbox.leaseOwner)),
        );
    }
    return action === "STOP" ? "opted-out" : "opted-in";
  });
}

/** How far along a status is: a callback never moves a text back (callbacks can arrive out of order). */
const RANK: Record<TextDeliveryStatus, number> = { QUEUED: 0, SENT: 1, DELIVERED: 2, UNDELIVERED: 3, FAILED: 3 };

/**
 * The provider's status callback for a text: moves its delivery status forward, and the timeline of
 * the invite it carried. Applied once per (message, status).
 */
export async function applyTextStatus(
  deps: Pick<ServiceDeps, "data" | "clock">,
  update: { messageSid: string; status: TextDeliveryStatus; errorCode?: string | null },
): Promise<"applied" | "duplicate" | "ignored"> {
  const { data } = deps;
  const { t } = data;
  const now = deps.clock.now();
  const o = t.textOutbox;
  return data.transaction(async (tx) => {
    const [row] = await tx
      .select({
        id: o.id,
        deliveryStatus: o.deliveryStatus,
        invitationId: o.invitationId,
        kind: o.kind,
        toPhone: o.toPhone,
      })
      .from(o)
      .where(eq(o.providerMessageId, update.messageSid))
      .limit(1);
    // Only a matched callback is remembered: one that arrives before its SID is recorded applies on a retry.
    if (!row) return "ignored";
    const fresh = await tx
      .insert(t.webhookEvents)
      .values({ key: `twilio:status:${update.messageSid}:${update.status}`, receivedAt: now })
      .onConflictDoNothing()
      .returning({ key: t.webhookEvents.key });
    if (fresh.length === 0) return "duplicate";
    if (RANK[update.status] <= RANK[row.deliveryStatus]) return "ignored";
    const failed = update.status === "FAILED" || update.status === "UNDELIVERED";
    const detail = failed
      ? `The carrier could not deliver the text${update.errorCode ? ` (error ${update.errorCode})` : ""}`
      : null;
    await tx
      .update(o)
      .set({ deliveryStatus: update.status, deliveryDetail: detail, deliveryUpdatedAt: now })
      .where(eq(o.id, row.id));
    if (row.invitationId && row.kind === "INVITE") {
      if (update.status === "DELIVERED") {
        await recordInvitationEvent(tx, t, row.invitationId, "TEXT_DELIVERED", now, `To ${row.toPhone}`);
      } else if (failed) {
        await recordInvitationEvent(tx, t, row.invitationId, "TEXT_FAILED", now, detail);
      }
      if (update.status === "DELIVERED" || failed) {
        // An invite sent by text alone takes its text's fate; with an email too, the email's counts.
        await tx
          .update(t.invitations)
          .set({
            deliveryState: failed ? "FAILED" : "DELIVERED",
            deliveryDetail: detail,
            deliveryUpdatedAt: now,
          })
          .where(
            and(
              eq(t.invitations.id, row.invitationId),
              eq(t.invitations.deliveredVia, "TEXT"),
              inArray(t.invitations.deliveryState, failed ? ["QUEUED", "SENT", "DELIVERED"] : ["QUEUED", "SENT"]),
            ),
          );
      }
    }
    return "applied";
  });
}
