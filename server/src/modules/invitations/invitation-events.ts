import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { invitationEvents, invitations } from "../../db/schema.js";

export type InvitationEventKind = (typeof invitationEvents.$inferInsert)["kind"];

/** Appends one step to an invite's timeline, inside the caller's transaction. */
export function recordInvitationEvent(
  tx: Db,
  invitationId: number,
  kind: InvitationEventKind,
  at: Date,
  detail: string | null = null,
): void {
  tx.insert(invitationEvents).values({ invitationId, kind, at, detail }).run();
}

export function timelineOf(db: Db, invitationId: number) {
  return db
    .select()
    .from(invitationEvents)
    .where(eq(invitationEvents.invitationId, invitationId))
    .orderBy(asc(invitationEvents.at), asc(invitationEvents.id))
    .all();
}

type TimelineRow = typeof invitationEvents.$inferSelect;

/**
 * Timelines read per request and per customer: the first invitation asked for loads the events of
 * every invitation of its customer (theirs and their contacts') in one statement, so a customer
 * page with many invites costs one query for all their timelines, not one per invite.
 */
const loadedByRequest = new WeakMap<object, Map<number, Map<number, TimelineRow[]>>>();

export function timelinesOfCustomer(db: Db, facilityId: number, customerId: number): Map<number, TimelineRow[]> {
  const rows = db
    .select({ event: invitationEvents })
    .from(invitationEvents)
    .innerJoin(invitations, eq(invitations.id, invitationEvents.invitationId))
    .where(and(eq(invitations.facilityId, facilityId), eq(invitations.customerId, customerId)))
    .orderBy(asc(invitationEvents.at), asc(invitationEvents.id))
    .all();
  const byInvitation = new Map<number, TimelineRow[]>();
  for (const { event } of rows) {
    const list = byInvitation.get(event.invitationId);
    if (list) list.push(event);
    else byInvitation.set(event.invitationId, [event]);
  }
  return byInvitation;
}

export function batchedTimelineOf(
  request: object,
  db: Db,
  invitation: { id: number; facilityId: number; customerId: number },
): TimelineRow[] {
  let customers = loadedByRequest.get(request);
  if (!customers) {
    customers = new Map();
    loadedByRequest.set(request, customers);
  }
  let loaded = customers.get(invitation.customerId);
  if (!loaded) {
    loaded = timelinesOfCustomer(db, invitation.facilityId, invitation.customerId);
    customers.set(invitation.customerId, loaded);
  }
  // Every invite has a first event; one missing was made after the load (a mutation in this request).
  return loaded.get(invitation.id) ?? timelineOf(db, invitation.id);
}
