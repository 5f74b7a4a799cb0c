import { describe, expect, it } from "vitest";
import { remindResultLine } from "./remind-result";

describe("the Remind all result line", () => {
  it("names the one reason, or each with its count", () => {
    expect(remindResultLine({ reminded: 37, skipped: 0, skips: [], more: false })).toBe("Reminded 37");
    expect(
      remindResultLine({ reminded: 35, skipped: 2, skips: [{ skip: "UNDELIVERABLE", count: 2 }], more: false }),
    ).toBe("Reminded 35 · 2 skipped: bounced address");
    expect(
      remindResultLine({
        reminded: 1200,
        skipped: 4,
        skips: [
          { skip: "UNDELIVERABLE", count: 3 },
          { skip: "STOPPED", count: 1 },
        ],
        more: true,
      }),
    ).toBe("Reminded 1,200 · 4 skipped: bounced address (3), reminders stopped (1)");
  });
});

describe("the audit line of a Remind all", () => {
  it("says how many were reminded, and of which wait", async () => {
    const { auditSentence } = await import("../../audit/components/audit-lines");
    const details = (days: string, reminded: string) => [
      { key: "olderThanDays", value: days },
      { key: "reminded", value: reminded },
    ];
    expect(
      auditSentence({ action: "INVITE_REMINDERS_SENT_TO_WAITING", subject: null, details: details("7", "35") }),
    ).toBe("sent an invite reminder to 35 people invited 7+ days ago not yet signed in");
    expect(
      auditSentence({ action: "INVITE_REMINDERS_SENT_TO_WAITING", subject: null, details: details("0", "1") }),
    ).toBe("sent an invite reminder to 1 person not yet signed in");
  });
});
