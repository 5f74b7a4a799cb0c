import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { viewerFixture } from "../test/fixtures";
import { renderSignedIn } from "../test/signed-in";
import { withSection } from "./SectionGate";

const Home = () => <p>home page</p>;

/** Each link's words, without the unread count its badge adds. */
function linksIn(nav: HTMLElement): string[] {
  return within(nav)
    .getAllByRole("link")
    .map((link) => (link.textContent ?? "").replace(/\d+/g, "").trim());
}

describe("navigation by section", () => {
  it("shows Home and every section the facility turned on, in menu order", async () => {
    renderSignedIn("", <Home />, { url: "/" });
    const nav = await screen.findByRole("navigation", { name: "Portal sections" });
    expect(linksIn(nav)).toEqual([
      "Home",
      "Vehicles",
      "Billing",
      "Documents",
      "Schedule",
      "Messages",
      "Estimates",
      "Requests",
    ]);
    expect(within(nav).getByRole("link", { name: "Home" }).getAttribute("aria-current")).toBe("page");
  });

  it("leaves out the sections that are off", async () => {
    const viewer = viewerFixture({ facility: { sections: ["BILLING", "MESSAGES"] } });
    renderSignedIn("", <Home />, { url: "/", viewer });
    const nav = await screen.findByRole("navigation", { name: "Portal sections" });
    expect(linksIn(nav)).toEqual(["Home", "Billing", "Messages"]);
  });

  it("badges Messages with the unread count", async () => {
    renderSignedIn("", <Home />, { url: "/", unread: 3 });
    expect(await screen.findByRole("link", { name: "Messages, 3 unread" })).toBeTruthy();
  });

  it("answers a section that is off with a note instead of its page", async () => {
    const viewer = viewerFixture({ facility: { sections: ["BILLING"] } });
    const Vehicles = withSection("VEHICLES", () => <p>the cars</p>);
    renderSignedIn("vehicles", <Vehicles />, { url: "/vehicles", viewer });
    expect(await screen.findByText("This section isn't available in your portal")).toBeTruthy();
    expect(screen.queryByText("the cars")).toBeNull();
    expect(screen.getByRole("link", { name: "Go to home" }).getAttribute("href")).toBe("/");
  });

  it("shows a section that is on", async () => {
    const Vehicles = withSection("VEHICLES", () => <p>the cars</p>);
    renderSignedIn("vehicles", <Vehicles />, { url: "/vehicles" });
    expect(await screen.findByText("the cars")).toBeTruthy();
  });

  it("puts Profile in the account menu", async () => {
    const user = userEvent.setup({ delay: null });
    renderSignedIn("", <Home />, { url: "/" });
    await user.click(await screen.findByRole("button", { name: "Account menu" }));
    const profile = await screen.findByRole("menuitem", { name: "Profile" });
    expect(profile.getAttribute("href")).toBe("/profile");
  });

  it("says when a staff member is previewing the portal", async () => {
    renderSignedIn("", <Home />, { url: "/", viewer: viewerFixture({ preview: true }) });
    expect(await screen.findByText("Preview of Jane Whitaker's portal — read-only")).toBeTruthy();
  });
});

describe("on a phone", () => {
  const original = window.matchMedia;
  const phone = () => {
    window.matchMedia = (query: string) => {
      const list = original(query);
      // Phone-sized: every "up to this width" query matches.
      Object.defineProperty(list, "matches", { value: query.includes("max-width") });
      return list;
    };
  };
  afterEach(() => {
    window.matchMedia = original;
  });

  it("keeps four sections in the tab bar and the rest, with Profile, under More", async () => {
    phone();
    const user = userEvent.setup({ delay: null });
    renderSignedIn("", <Home />, { url: "/", unread: 2 });
    const bar = await screen.findByRole("navigation", { name: "Portal sections" });
    expect(linksIn(bar)).toEqual(["Home", "Vehicles", "Billing", "Messages"]);
    expect(await within(bar).findByRole("link", { name: "Messages, 2 unread" })).toBeTruthy();

    await user.click(within(bar).getByRole("button", { name: "More" }));
    const sheet = await screen.findByRole("dialog", { name: "More" });
    expect(linksIn(sheet)).toEqual(["Documents", "Schedule", "Estimates", "Requests", "Profile"]);
  });

  it("fits every section in the tab bar when there are few", async () => {
    phone();
    const viewer = viewerFixture({ facility: { sections: ["BILLING", "DOCUMENTS"] } });
    renderSignedIn("", <Home />, { url: "/", viewer });
    const bar = await screen.findByRole("navigation", { name: "Portal sections" });
    expect(linksIn(bar)).toEqual(["Home", "Billing", "Documents"]);
  });
});
