import type { InviteReminderSkip, RemindWaitingInvitesMutation } from "../../../gql/graphql";

/** Why someone was not reminded, in a few words for the result line. */
const SKIP_WORDS: Record<InviteReminderSkip, string> = {
  UNDELIVERABLE: "bounced address",
  RECENTLY_REMINDED: "reminded in the last hour",
  STOPPED: "reminders stopped",
  EXPIRED: "invite expired",
  IN_PORTAL: "already signed in",
  NOT_PENDING: "invite replaced",
  ARCHIVED: "customer archived",
  NO_ACCESS: "portal access off",
  EMAIL_CHANGED: "email changed",
  NOT_FOUND: "invite removed",
  OUTSIDE_DAYTIME: "outside daytime hours",
  NOT_DUE: "not due",
  UNREACHABLE: "no channel reaches them",
};

type Result = RemindWaitingInvitesMutation["remindWaitingInvites"];

const count = (n: number) => n.toLocaleString("en-US");

/** "Reminded 35 · 2 skipped: bounced address", "Reminded 3 · 4 skipped: bounced address (3), reminders stopped (1)". */
export function remindResultLine(result: Result): string {
  const reminded = `Reminded ${count(result.reminded)}`;
  if (result.skipped === 0) return reminded;
  const [only, ...others] = result.skips;
  const why =
    only && others.length === 0
      ? SKIP_WORDS[only.skip]
      : result.skips.map((s) => `${SKIP_WORDS[s.skip]} (${count(s.count)})`).join(", ");
  return `${reminded} · ${count(result.skipped)} skipped: ${why}`;
}
