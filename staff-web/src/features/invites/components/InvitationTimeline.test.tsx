import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { InvitationEventKind } from "../../../gql/graphql";
import { renderWithProviders } from "../../../test-utils";
import { StopInviteRemindersMutation } from "../api/stop-invite-reminders";
import { InviteHistory, RemindersLine } from "../InviteHistory";
import { InvitationTimeline, type TimelineInvitation } from "./InvitationTimeline";

const NOW = new Date("2026-03-04T12:00:00Z");
const at = (minutes: number) => new Date(Date.parse("2026-03-02T09:00:00Z") + minutes * 60_000).toISOString();
const event = (kind: InvitationEventKind, minutes: number, detail: string | null = null) => ({
  __typename: "InvitationEvent" as const,
  kind,
  at: at(minutes),
  detail,
});

function invitation(overrides: Partial<TimelineInvitation> = {}): TimelineInvitation {
  return {
    id: "31",
    createdAt: at(0),
    email: "sam@example.com",
    phone: null,
    phoneDisplay: null,
    invitedByName: "Alex Morgan",
    state: "PENDING",
    voidReason: null,
    expiresAt: at(7 * 24 * 60),
    acceptedAt: null,
    linkOpenedAt: null,
    deliveryState: "DELIVERED",
    deliveryDetail: null,
    deliveryUpdatedAt: at(2),
    deliveredVia: "EMAIL" as const,
    inPersonLinkExpiresAt: null,
    reminderCount: 0,
    lastReminderAt: null,
    remindersStoppedAt: null,
    remindersStoppedByName: null,
    timeline: [event("QUEUED", 0, "To sam@example.com"), event("SENT", 1)],
    ...overrides,
  };
}

/** The steps as read top to bottom: each item's own text. */
function steps(): string[] {
  const timeline = screen.getByLabelText("Invite timeline");
  return [...timeline.querySelectorAll<HTMLElement>("[data-kind]")].map((item) => item.dataset.kind ?? "");
}

describe("InvitationTimeline", () => {
  it("says how an in-person invite was handed over, and when its short link ran out", () => {
    renderWithProviders(
      <InvitationTimeline
        now={NOW}
        invitation={invitation({
          deliveredVia: "COPIED_LINK",
          inPersonLinkExpiresAt: at(15),
          timeline: [event("LINK_COPIED", 0, "Dana Reyes")],
        })}
      />,
    );
    expect(screen.getByText("Link copied by Dana Reyes")).toBeTruthy();
    expect(screen.getByText(/^In-person link expired /)).toBeTruthy();
    expect(screen.queryByText(/Queued|Sent/)).toBeNull();
  });

  it("names who showed the QR code at the counter", () => {
    renderWithProviders(
      <InvitationTimeline
        now={new Date(Date.parse(at(5)))}
        invitation={invitation({
          deliveredVia: "QR_CODE",
          inPersonLinkExpiresAt: at(15),
          timeline: [event("QR_CODE_SHOWN", 0, "Dana Reyes")],
        })}
      />,
    );
    expect(screen.getByText("QR code shown at the counter")).toBeTruthy();
    expect(screen.getByText("By Dana Reyes")).toBeTruthy();
    expect(screen.getByText(/^In-person link expires /)).toBeTruthy();
  });

  it("lists every step with its time, ending with when the link expires", () => {
    renderWithProviders(
      <InvitationTimeline
        now={NOW}
        invitation={invitation({
          createdAt: at(0),
          expiresAt: at(7 * 24 * 60),
          timeline: [
            event("QUEUED", 0, "To sam@example.com"),
            event("SENT", 1),
            event("DELIVERED", 2),
            event("LINK_OPENED", 60),
          ],
        })}
      />,
    );
    expect(steps()).toEqual(["QUEUED", "SENT", "DELIVERED", "LINK_OPENED", "ENDING"]);
    const timeline = within(screen.getByLabelText("Invite timeline"));
    expect(timeline.getByText("Queued")).toBeTruthy();
    expect(timeline.getByText("Link opened")).toBeTruthy();
    expect(timeline.getAllByRole("time").map((t) => t.getAttribute("datetime"))).toEqual([at(0), at(1), at(2), at(60)]);
    expect(timeline.getByText("Link expires 9 Mar 2026")).toBeTruthy();
    // The queued step's detail only repeats the recipient shown above the timeline.
    expect(timeline.queryByText("To sam@example.com")).toBeNull();
  });

  it("shows a bounce with the email service's reason in red", () => {
    renderWithProviders(
      <InvitationTimeline
        now={NOW}
        invitation={invitation({
          deliveryState: "BOUNCED",
          deliveryDetail: "The server was unable to deliver your message",
          timeline: [
            event("QUEUED", 0),
            event("SENT", 1),
            event("BOUNCED", 2, "The server was unable to deliver your message"),
          ],
        })}
      />,
    );
    expect(screen.getByText("Bounced")).toBeTruthy();
    const reason = screen.getByText("The server was unable to deliver your message");
    expect(reason.style.color || reason.getAttribute("style")).toMatch(/red/);
  });

  it("names a spam complaint", () => {
    renderWithProviders(
      <InvitationTimeline
        now={NOW}
        invitation={invitation({
          deliveryState: "BOUNCED",
          timeline: [event("SENT", 0), event("SPAM_COMPLAINT", 5, "The recipient marked the invite as spam")],
        })}
      />,
    );
    expect(screen.getByText("Marked as spam")).toBeTruthy();
  });

  it.each([
    ["RESENT", "Voided: replaced by a newer invite"],
    ["EMAIL_CHANGED", "Voided: the email address changed"],
    ["ACCESS_REMOVED", "Voided: portal access was removed"],
  ] as const)("says why a voided invite stopped working (%s)", (voidReason, text) => {
    renderWithProviders(<InvitationTimeline now={NOW} invitation={invitation({ state: "VOID", voidReason })} />);
    expect(screen.getByText(text)).toBeTruthy();
  });

  it("ends at Signed in for an accepted invite", () => {
    renderWithProviders(
      <InvitationTimeline
        now={NOW}
        invitation={invitation({
          state: "ACCEPTED",
          acceptedAt: at(90),
          timeline: [event("QUEUED", 0), event("SENT", 1), event("LINK_OPENED", 80), event("SIGNED_IN", 90)],
        })}
      />,
    );
    expect(steps()).toEqual(["QUEUED", "SENT", "LINK_OPENED", "SIGNED_IN"]);
    expect(screen.getByText("Signed in")).toBeTruthy();
  });
});

describe("InviteHistory", () => {
  it("opens the newest invite's timeline and keeps older ones closed until asked", async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(
      <InviteHistory
        invitations={[
          invitation({ id: "2", timeline: [event("QUEUED", 100), event("DELIVERED", 101)] }),
          invitation({ id: "1", state: "VOID", voidReason: "RESENT", timeline: [event("QUEUED", 0)] }),
        ]}
      />,
    );
    expect(screen.getAllByLabelText("Invite timeline")).toHaveLength(1);
    expect(screen.queryByText("Voided: replaced by a newer invite")).toBeNull();
    await user.click(screen.getByRole("button", { name: "Show timeline" }));
    expect(await screen.findByText("Voided: replaced by a newer invite")).toBeTruthy();
  });
});

describe("invite reminders on the history", () => {
  it("shows reminders on the timeline, and who stopped them", () => {
    renderWithProviders(
      <InvitationTimeline
        invitation={invitation({
          timeline: [
            event("QUEUED", 0, "To sam@example.com"),
            event("SENT", 1),
            event("REMINDER_SENT", 3 * 24 * 60, "Reminder 1 to sam@example.com"),
            event("REMINDERS_STOPPED", 3 * 24 * 60 + 30, "Dana Reyes"),
          ],
        })}
        now={NOW}
      />,
    );
    expect(screen.getByText("Reminder sent")).toBeTruthy();
    expect(screen.getByText("Reminders stopped by Dana Reyes")).toBeTruthy();
    // The name is in the title; it is not repeated below it.
    expect(screen.getAllByText(/Dana Reyes/)).toHaveLength(1);
  });

  it("says how a reminder went: by text, or by email and text", () => {
    renderWithProviders(
      <InvitationTimeline
        invitation={invitation({
          timeline: [
            event("QUEUED", 0, "To +12075550100"),
            event("TEXT_SENT", 1, "To +12075550100"),
            event("REMINDER_SENT", 3 * 24 * 60, "Reminder 1 by text to (207) 555-0100"),
            event("REMINDER_SENT", 6 * 24 * 60, "Reminder 2 by email and text to sam@example.com and (207) 555-0100"),
          ],
        })}
        now={NOW}
      />,
    );
    expect(screen.getByText("Reminder sent by text")).toBeTruthy();
    expect(screen.getByText("Reminder sent by email and text")).toBeTruthy();
    expect(screen.getByText("Reminder 1 by text to (207) 555-0100")).toBeTruthy();
  });

  it("counts the reminders of a pending invite and lets staff stop the rest", async () => {
    const user = userEvent.setup({ delay: null });
    const pending = invitation({ reminderCount: 1, lastReminderAt: at(3 * 24 * 60) });
    const stopped = {
      ...pending,
      __typename: "Invitation" as const,
      remindersStoppedAt: NOW.toISOString(),
      remindersStoppedByName: "Dana Reyes",
      timeline: [...pending.timeline, event("REMINDERS_STOPPED", 4 * 24 * 60, "Dana Reyes")],
    };
    let called = false;
    renderWithProviders(<RemindersLine invitation={pending} now={NOW} />, {
      mocks: [
        {
          request: { query: StopInviteRemindersMutation, variables: { invitationId: "31" } },
          result: () => {
            called = true;
            return { data: { stopInviteReminders: stopped } };
          },
        },
      ],
    });
    expect(screen.getByText(/1 reminder sent/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Stop reminders" }));
    expect(await screen.findByText("No more reminders will go to sam@example.com")).toBeTruthy();
    expect(called).toBe(true);
  });

  it("offers no stop once the invite is accepted or expired", () => {
    renderWithProviders(<RemindersLine invitation={invitation({ expiresAt: at(60) })} now={NOW} />);
    expect(screen.queryByRole("button", { name: "Stop reminders" })).toBeNull();
  });
});
