import { asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { invitationEvents } from "../../db/schema.js";

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
