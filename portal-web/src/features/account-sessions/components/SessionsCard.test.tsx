import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { viewerFixture } from "../../../test/fixtures";
import { renderSignedIn } from "../../../test/signed-in";
import { EndPortalSessionMutation } from "../api/end-portal-session";
import { PortalSessionsQuery } from "../api/portal-sessions";
import { SessionsCard } from "./SessionsCard";

const session = (id: string, overrides: object = {}) => ({
  __typename: "ActiveSession",
  id,
  browser: "Chrome",
  system: "macOS",
  place: "Germany",
  ip: "5.1.2.3",
  signedInAt: "2026-03-01T10:00:00.000Z",
  lastActiveAt: "2026-03-01T10:00:00.000Z",
  current: false,
  ...overrides,
});

const listMock = (sessions: object[]) => ({
  request: { query: PortalSessionsQuery },
  result: { data: { portalSessions: sessions } },
});

const here = session("a".repeat(64), { current: true, browser: "Safari", system: "iOS", place: null, ip: "10.0.0.7" });
const there = session("b".repeat(64));

describe("where you're signed in", () => {
  it("offers sign out for other browsers only, and ends the one asked for", async () => {
    renderSignedIn("profile", <SessionsCard />, {
      url: "/profile",
      mocks: [
        listMock([here, there]),
        {
          request: { query: EndPortalSessionMutation, variables: { sessionId: there.id } },
          result: { data: { endPortalSession: true } },
        },
        listMock([here]),
      ] as never,
    });
    const list = await screen.findByRole("list", { name: "Sessions" });
    const rows = within(list).getAllByRole("listitem");
    expect(rows[0]?.textContent).toContain("Safari on iOS");
    expect(rows[0]?.textContent).toContain("This device");
    expect(rows[0]?.textContent).toContain("10.0.0.7");
    expect(within(rows[0] as HTMLElement).queryByRole("button")).toBeNull();
    expect(rows[1]?.textContent).toContain("Germany");
    expect(screen.getByRole("button", { name: "Sign out of all other sessions" })).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "Sign out Chrome on macOS" }));
    expect(await screen.findByText("Signed out Chrome on macOS")).toBeTruthy();
    expect(within(list).getAllByRole("listitem")).toHaveLength(1);
    expect(screen.queryByRole("button", { name: "Sign out of all other sessions" })).toBeNull();
  });

  it("in a staff preview, shows and changes nothing", async () => {
    renderSignedIn("profile", <SessionsCard />, {
      url: "/profile",
      viewer: viewerFixture({ preview: true }),
      mocks: [listMock([])] as never,
    });
    expect(await screen.findByText("A preview has no sessions of its own.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: /Sign out/ })).toBeNull();
  });
});
