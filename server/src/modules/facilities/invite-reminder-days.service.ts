import { DAY } from "../../lib/clock.js";
import { badInput } from "../../lib/domain-error.js";

/** At most this many automatic reminders per invite. */
export const MAX_INVITE_REMINDERS = 3;

/** The facility's stored reminder days ("3,7") as numbers, ascending; anything unreadable is left out. */
export function reminderDaysOf(stored: string): number[] {
  const days = stored
    .split(",")
    .map((part) => Number(part.trim()))
    .filter((day) => Number.isInteger(day) && day >= 1);
  return [...new Set(days)].sort((a, b) => a - b).slice(0, MAX_INVITE_REMINDERS);
}

/**
 * Reminder days as an admin submitted them, checked against the invite link's lifetime: whole days,
 * at least 1, distinct, at most three, none after the link expires (a reminder on the expiry day goes
 * out a day early, while its link still works: see reminderDueAt). Answers them as stored.
 */
export function checkedReminderDays(days: readonly number[], inviteExpiryDays: number): string {
  const field = (message: string) => badInput(message, { inviteReminderDays: message });
  if (days.length > MAX_INVITE_REMINDERS) throw field(`At most ${MAX_INVITE_REMINDERS} reminders`);
  if (days.some((day) => !Number.isInteger(day))) throw field("Reminder days are whole days");
  if (days.some((day) => day < 1)) throw field("A reminder goes out at least 1 day after the invite");
  if (new Set(days).size !== days.length) throw field("Each reminder needs a different day");
  const late = days.find((day) => day > inviteExpiryDays);
  if (late !== undefined) {
    throw field(
      `A reminder on day ${late} would come after the invite link expires (${inviteExpiryDays} ${inviteExpiryDays === 1 ? "day" : "days"}): pick an earlier day or a longer expiry`,
    );
  }
  return [...days].sort((a, b) => a - b).join(",");
}

/**
 * When the reminder of `day` is due for an invite: that many days after it, but no later than a day
 * before its link expires, so the default days 3 and 7 with the default 7-day link both go out with
 * a link that works.
 */
export function reminderDueAt(createdAt: Date, expiresAt: Date, day: number): Date {
  return new Date(Math.min(createdAt.getTime() + day * DAY, expiresAt.getTime() - DAY));
}
