import { asc, eq, sql } from "drizzle-orm";
import { type Database, preparedRead, type Tables, type WriteDb } from "../../db/database.js";
import { FacilityScope } from "../../db/tenancy.js";

export type InvitationEventKind = Tables["invitationEvents"]["$inferInsert"]["kind"];
type TimelineRow = Tables["invitationEvents"]["$inferSelect"];

/** Appends one step to an invite's timeline, inside the caller's transaction. */
export async function recordInvitationEvent(
  tx: WriteDb,
  t: Tables,
  invitationId: number,
  kind: InvitationEventKind,
  at: Date,
  detail: string | null = null,
): Promise<void> {
  await tx.insert(t.invitationEvents).values({ invitationId, kind, at, detail });
}

const timelineRead = preparedRead(
  "invitation_timeline",
  (db, t) =>
    db
      .select()
      .from(t.invitationEvents)
      .where(eq(t.invitationEvents.invitationId, sql.placeholder("invitationId")))
      .orderBy(asc(t.invitationEvents.at), asc(t.invitationEvents.id)),
  { keyed: true },
);

// The customer page asks for every invite's timeline: the events of all of a customer's invites
// (theirs and their contacts') come from one statement, prepared once.
const customerTimelinesRead = preparedRead(
  "invitation_timelines_of_customer",
  (db, t) =>
    db
      .select({ event: t.invitationEvents })
      .from(t.invitationEvents)
      .innerJoin(t.invitations, eq(t.invitations.id, t.invitationEvents.invitationId))
      .where(FacilityScope.preparedCheck(t.invitations, eq(t.invitations.customerId, sql.placeholder("customerId"))))
      .orderBy(asc(t.invitationEvents.at), asc(t.invitationEvents.id)),
  { keyed: true },
);

export function timelineOf(data: Database, invitationId: number): Promise<TimelineRow[]> {
  return timelineRead(data).execute({ invitationId });
}

export async function timelinesOfCustomer(
  data: Database,
  scope: FacilityScope,
  customerId: number,
): Promise<Map<number, TimelineRow[]>> {
  const rows = await customerTimelinesRead(data).execute(scope.values({ customerId }));
  const byInvitation = new Map<number, TimelineRow[]>();
  for (const { event } of rows) {
    const list = byInvitation.get(event.invitationId);
    if (list) list.push(event);
    else byInvitation.set(event.invitationId, [event]);
  }
  return byInvitation;
}

/**
 * Timelines read per request and per customer: the first invitation asked for loads the events of
 * every invitation of its customer in one statement. The load is shared as a promise, because the
 * timelines of a list of invites are resolved side by side.
 */
const loadedByRequest = new WeakMap<object, Map<number, Promise<Map<number, TimelineRow[]>>>>();

export async function batchedTimelineOf(
  request: object,
  data: Database,
  invitation: { id: number; facilityId: number; customerId: number },
): Promise<TimelineRow[]> {
  let customers = loadedByRequest.get(request);
  if (!customers) {
    customers = new Map();
    loadedByRequest.set(request, customers);
  }
  let loading = customers.get(invitation.customerId);
  if (!loading) {
    loading = timelinesOfCustomer(data, new FacilityScope(invitation.facilityId), invitation.customerId);
    customers.set(invitation.customerId, loading);
  }
  // Every invite has a first event; one missing was made after the load (a mutation in this request).
  return (await loading).get(invitation.id) ?? timelineOf(data, invitation.id);
}
