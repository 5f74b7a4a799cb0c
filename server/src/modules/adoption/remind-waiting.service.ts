import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import type { FacilityScope } from "../../db/tenancy.js";
import { recordAudit } from "../audit/audit.service.js";
import { type ReminderSkip, reminderSkipOfRow, remindInTransaction } from "../invitations/invite-reminders.service.js";
import type { ServiceDeps } from "../service-deps.js";
import { type AwaitingCursor, waitingPeople } from "./adoption.service.js";

/** At most this many people get a reminder (or are tried for one) in one "Remind all". */
export const MAX_REMINDED_AT_ONCE = 500;
/** At most this many people on the list are looked at in one "Remind all", skipped ones included. */
export const MAX_LOOKED_AT_ONCE = 5000;
/** People read from the list per statement. */
const CHUNK = 100;

export type RemindWaitingResult = {
  reminded: number;
  skipped: number;
  /** How many were skipped for each reason, most first. */
  skips: Array<{ skip: ReminderSkip; count: number }>;
  /** More people wait than this call went through: another "Remind all" goes on from where it stopped. */
  more: boolean;
};

/**
 * "Remind all": a reminder now to everyone on the facility's waiting list for `olderThanDays` (the
 * list's own filter, read by the server, never ids from the client), on the rules of one staff
 * reminder (remindInTransaction, mode "now"). The list is read in chunks along its index; a person
 * whose invitation row already settles a skip (expired, stopped, bounced or failed, reminded in the
 * last hour) is counted without a transaction, every other one is claimed in a short transaction of
 * its own, with a yield to the event loop after each. The claim is the conditional update of the
 * invitation's reminder count, so calls running at once, on any servers, send one reminder per
 * person: the later ones find the person reminded in the last hour. Since those reminded are skipped
 * cheaply, a call after one that stopped at its cap goes on to the people it did not reach.
 */
export async function remindWaitingInvites(
  deps: Pick<ServiceDeps, "data" | "clock" | "nudgeOutbox">,
  staff: { scope: FacilityScope; userId: number },
  olderThanDays: number,
  options: { max?: number } = {},
): Promise<RemindWaitingResult> {
  const max = options.max ?? MAX_REMINDED_AT_ONCE;
  const { data } = deps;
  const { scope } = staff;
  const listedAt = deps.clock.now();
  const skips = new Map<ReminderSkip, number>();
  const skipped = (reason: ReminderSkip) => skips.set(reason, (skips.get(reason) ?? 0) + 1);
  let reminded = 0;
  let tried = 0;
  let looked = 0;
  let more = false;
  let after: AwaitingCursor | null = null;
  walk: for (;;) {
    const rows = await waitingPeople(data, scope, listedAt, { olderThanDays, first: CHUNK, after });
    for (const row of rows.slice(0, CHUNK)) {
      if (tried >= max || looked >= MAX_LOOKED_AT_ONCE) {
        more = true;
        break walk;
      }
      looked++;
      const now = deps.clock.now();
      const settled = reminderSkipOfRow({ ...row, createdAt: row.invitedAt }, now);
      if (settled) {
        skipped(settled);
        continue;
      }
      tried++;
      const result = await data.transaction((tx) =>
        remindInTransaction(tx, data, {
          scope,
          invitationId: row.invitationId,
          now,
          mode: { kind: "now", staffUserId: staff.userId },
        }),
      );
      if (result.ok) reminded++;
      else skipped(result.skip);
      await yieldToEventLoop();
    }
    const last = rows[Math.min(rows.length, CHUNK) - 1];
    if (!last || rows.length <= CHUNK) break;
    after = { invitedAt: last.invitedAt, id: last.invitationId };
    await yieldToEventLoop();
  }
  const result: RemindWaitingResult = {
    reminded,
    skipped: looked - reminded,
    skips: [...skips].map(([skip, count]) => ({ skip, count })).sort((a, b) => b.count - a.count),
    more,
  };
  const at = deps.clock.now();
  await data.transaction((tx) =>
    recordAudit(tx, data.t, scope, at, {
      action: "INVITE_REMINDERS_SENT_TO_WAITING",
      subject: olderThanDays === 0 ? "Everyone waiting" : `Waiting ${olderThanDays}+ days`,
      details: { olderThanDays, reminded: result.reminded, skipped: result.skipped, more },
    }),
  );
  if (reminded > 0) deps.nudgeOutbox();
  return result;
}
