import { act, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { InviteTargetFragment, PortalStatusFieldsFragment } from "../../gql/graphql";
import { renderWithProviders } from "../../test-utils";
import { InviteAction } from "./InviteAction";

const NOW = new Date("2026-03-02T09:00:00Z");
const later = (ms: number) => new Date(NOW.getTime() + ms).toISOString();

function customer(status: Partial<PortalStatusFieldsFragment>): InviteTargetFragment {
  return {
    id: "7",
    name: "Ann Lee",
    email: "ann@example.com",
    portalStatus: {
      state: "NOT_INVITED",
      reason: "Not invited yet",
      action: null,
      resendAvailableAt: null,
      changesAt: null,
      ...status,
    },
  };
}

const buttons = () => screen.queryAllByRole("button");

describe("InviteAction", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date", "setInterval", "clearInterval", "setTimeout", "clearTimeout"] });
    vi.setSystemTime(NOW);
  });
  afterEach(() => vi.useRealTimers());

  it("offers Send Invite when the server says SEND", () => {
    renderWithProviders(<InviteAction customer={customer({ state: "NOT_INVITED", action: "SEND" })} />);
    const button = screen.getByRole("button", { name: "Send Invite" });
    expect(button.hasAttribute("disabled")).toBe(false);
    expect(buttons()).toHaveLength(1);
  });

  it("offers Resend Invite once the cooldown is over, without a warning", () => {
    renderWithProviders(
      <InviteAction
        customer={customer({ state: "INVITE_RESENDABLE", action: "RESEND", reason: "Invited, not signed in yet" })}
      />,
    );
    expect(screen.getByRole("button", { name: "Resend Invite" }).hasAttribute("disabled")).toBe(false);
    expect(screen.queryByText("Invited, not signed in yet")).toBeNull();
  });

  it.each([
    ["INVITE_EXPIRED", "The invite link has expired"],
    ["BOUNCED", "The last invite could not be delivered: The recipient's mailbox is full"],
  ] as const)("offers Resend Invite for %s and says why", (state, reason) => {
    renderWithProviders(<InviteAction customer={customer({ state, action: "RESEND", reason })} />);
    const button = screen.getByRole("button", { name: "Resend Invite" });
    expect(button.hasAttribute("disabled")).toBe(false);
    const note = screen.getByText(reason);
    expect(button.getAttribute("aria-describedby")).toBe(note.id);
  });

  it("disables Resend Invite inside the cooldown and counts down every minute", () => {
    const availableAt = later((3 * 60 + 12) * 60_000 + 30_000);
    renderWithProviders(
      <InviteAction
        customer={customer({ state: "INVITED", action: null, resendAvailableAt: availableAt, changesAt: availableAt })}
      />,
    );
    const button = screen.getByRole("button", { name: "Resend Invite" });
    expect(button.hasAttribute("disabled")).toBe(true);
    expect(screen.getByText("available in 3 h 12 m")).toBeTruthy();

    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(screen.getByText("available in 3 h 11 m")).toBeTruthy();
  });

  it("shows the IN PORTAL badge instead of a button", () => {
    renderWithProviders(
      <InviteAction customer={customer({ state: "IN_PORTAL", action: null, reason: "Has signed in to the portal" })} />,
    );
    expect(screen.getByText("IN PORTAL")).toBeTruthy();
    expect(buttons()).toHaveLength(0);
  });

  it("explains that an email is needed when there is none", () => {
    renderWithProviders(
      <InviteAction
        customer={{
          ...customer({ state: "NO_EMAIL", action: null, reason: "Add an email address to invite" }),
          email: null,
        }}
      />,
    );
    expect(screen.getByText("Add an email address to invite")).toBeTruthy();
    expect(buttons()).toHaveLength(0);
  });

  it("follows the server's action rather than guessing from the state", () => {
    renderWithProviders(
      <InviteAction
        customer={customer({ state: "NOT_INVITED", action: null, reason: "Invites are paused for this facility" })}
      />,
    );
    expect(buttons()).toHaveLength(0);
    expect(screen.getByText("Invites are paused for this facility")).toBeTruthy();
  });
});
