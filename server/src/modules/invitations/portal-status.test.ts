import { describe, expect, it } from "vitest";
import { DAY, HOUR } from "../../lib/clock.js";
import { computePortalStatus, type LatestInvitationForStatus } from "./portal-status.service.js";

const now = new Date("2026-03-02T09:00:00.000Z");
const settings = { resendCooldownHours: 24 };
const person = { email: "ann@example.com", canAccessPortal: true, activatedAt: null };
const invite = (overrides: Partial<LatestInvitationForStatus> = {}): LatestInvitationForStatus => ({
  email: "ann@example.com",
  createdAt: new Date(now.getTime() - 2 * HOUR),
  expiresAt: new Date(now.getTime() + 5 * DAY),
  state: "PENDING",
  voidReason: null,
  deliveryState: "DELIVERED",
  deliveryDetail: null,
  openLinkExpiresAt: new Date(now.getTime() + 5 * DAY),
  ...overrides,
});

describe("computePortalStatus", () => {
  it.each([
    ["no email", { ...person, email: null }, null, "NO_EMAIL", null],
    ["an invalid email", { ...person, email: "ann@" }, null, "NO_EMAIL", null],
    ["portal access off", { ...person, canAccessPortal: false }, null, "ACCESS_DISABLED", null],
    ["never invited", person, null, "NOT_INVITED", "SEND"],
    ["inside the cooldown", person, invite(), "INVITED", null],
    [
      "after the cooldown",
      person,
      invite({ createdAt: new Date(now.getTime() - 25 * HOUR) }),
      "INVITE_RESENDABLE",
      "RESEND",
    ],
    ["an expired link", person, invite({ expiresAt: new Date(now.getTime() - 1) }), "INVITE_EXPIRED", "RESEND"],
    [
      "an invite whose replacement sign-in link has expired",
      person,
      invite({ openLinkExpiresAt: new Date(now.getTime() - 1) }),
      "INVITE_EXPIRED",
      "RESEND",
    ],
    ["an invite no open link carries", person, invite({ openLinkExpiresAt: null }), "INVITE_EXPIRED", "RESEND"],
    [
      "an invite carried by a live sign-in link, inside the cooldown",
      person,
      invite({ openLinkExpiresAt: new Date(now.getTime() + 15 * 60_000) }),
      "INVITED",
      null,
    ],
    ["a bounce, even inside the cooldown", person, invite({ deliveryState: "BOUNCED" }), "BOUNCED", "RESEND"],
    ["a permanent failure", person, invite({ deliveryState: "FAILED" }), "BOUNCED", "RESEND"],
    ["an invite to an old address", person, invite({ email: "old@example.com" }), "NOT_INVITED", "SEND"],
    ["a voided invite", person, invite({ state: "VOID", voidReason: "EMAIL_CHANGED" }), "NOT_INVITED", "SEND"],
    ["an activated account", { ...person, activatedAt: now }, invite(), "IN_PORTAL", null],
    [
      "access turned off after signing in",
      { ...person, activatedAt: now, canAccessPortal: false },
      null,
      "ACCESS_DISABLED",
      null,
    ],
  ] as const)("%s", (_label, who, latest, state, action) => {
    const status = computePortalStatus(who, latest, settings, now);
    expect(status.state).toBe(state);
    expect(status.action).toBe(action);
    expect(status.reason.length).toBeGreaterThan(5);
  });

  it("says when Resend Invite becomes available and when the status changes", () => {
    const status = computePortalStatus(person, invite(), settings, now);
    expect(status.resendAvailableAt).toEqual(new Date(now.getTime() + 22 * HOUR));
    expect(status.changesAt).toEqual(new Date(now.getTime() + 22 * HOUR));
  });

  it("says a dead replacement link is why the invite expired, and changes when a live one ends", () => {
    const dead = computePortalStatus(person, invite({ openLinkExpiresAt: null }), settings, now);
    expect(dead.reason).toMatch(/replaced by a sign-in link/);
    const signInLinkEnds = new Date(now.getTime() + 15 * 60_000);
    const live = computePortalStatus(person, invite({ openLinkExpiresAt: signInLinkEnds }), settings, now);
    expect(live.changesAt).toEqual(signInLinkEnds);
  });

  it("names the bounce reason", () => {
    const status = computePortalStatus(
      person,
      invite({ deliveryState: "BOUNCED", deliveryDetail: "Mailbox full" }),
      settings,
      now,
    );
    expect(status.reason).toContain("Mailbox full");
  });
});
