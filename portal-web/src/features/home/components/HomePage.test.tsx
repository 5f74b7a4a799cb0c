import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Route } from "react-router";
import { describe, expect, it } from "vitest";
import { SignedInFrame } from "../../../components/SignedInFrame";
import type { PortalViewerFieldsFragment } from "../../../gql/graphql";
import { accountChoice, viewerFixture } from "../../../test/fixtures";
import { renderPage } from "../../../test/render";
import { SwitchPortalAccountMutation } from "../../accounts/api/switch-portal-account";
import { PortalViewerQuery } from "../../session/api/portal-viewer";
import { PortalSignOutMutation } from "../../session/api/sign-out";
import { HomePage } from "./HomePage";

type ViewerData = PortalViewerFieldsFragment | null;

function renderHome(portalViewer: ViewerData, mocks: Parameters<typeof renderPage>[1]["mocks"] = []) {
  return renderPage(<SignedInFrame />, {
    path: "/",
    url: "/",
    mocks: [{ request: { query: PortalViewerQuery }, result: { data: { portalViewer } } }, ...mocks],
    children: <Route index element={<HomePage />} />,
  });
}

describe("home", () => {
  it("greets the person and lists every car with its status in words", async () => {
    const viewer = viewerFixture();
    const [first] = viewer.account.cars;
    if (!first) throw new Error("fixture has a car");
    viewer.account.cars.push({
      ...first,
      id: "c2",
      displayName: "1962 Riva Aquarama",
      status: "IN_SERVICE",
      vin: null,
      plate: null,
      location: null,
    });
    renderHome(viewer);

    expect(
      await screen.findByRole("heading", { level: 1, name: /^Good (morning|afternoon|evening), Jane$/ }),
    ).toBeTruthy();
    expect(screen.getByText("Harbor Point Storage customer portal")).toBeTruthy();
    expect(screen.getAllByRole("article")).toHaveLength(2);
    const porsche = within(screen.getByRole("article", { name: "1967 Porsche 911S" }));
    expect(porsche.getByText("In storage")).toBeTruthy();
    expect(porsche.getByText("PTR 911")).toBeTruthy();
    expect(porsche.getByText("308521S")).toBeTruthy();
    expect(porsche.getByText("Building A, bay 12")).toBeTruthy();
    expect(within(screen.getByRole("article", { name: "1962 Riva Aquarama" })).getByText("In service")).toBeTruthy();
    expect(screen.queryByText(/signed in as/)).toBeNull();
  });

  it("shows the facility, the person's menu and the sections", async () => {
    renderHome(viewerFixture());
    expect(await screen.findByRole("button", { name: "Account menu" })).toBeTruthy();
    const nav = screen.getByRole("navigation", { name: "Portal sections" });
    expect(within(nav).getByRole("link", { name: "Home" }).getAttribute("aria-current")).toBe("page");
    expect(screen.getByRole("link", { name: "Harbor Point Storage customer portal, home" })).toBeTruthy();
  });

  it("tells a sub-contact whose account they are looking at", async () => {
    renderHome(viewerFixture({ name: "Sam Whitaker", isContact: true }));
    expect(await screen.findByText("You're signed in as Sam Whitaker on Jane Whitaker's account")).toBeTruthy();
  });

  it("says when there are no cars yet and who will add them", async () => {
    const viewer = viewerFixture();
    viewer.account.cars = [];
    renderHome(viewer);
    expect(await screen.findByText("No cars on your account yet")).toBeTruthy();
    expect(screen.getByText("Harbor Point Storage will add them.")).toBeTruthy();
  });

  it("sends someone signed out to the sign-in page", async () => {
    renderHome(null);
    expect((await screen.findByTestId("landed")).textContent).toBe("sign-in");
  });

  it("signs out from the account menu and says so on the sign-in page", async () => {
    const user = userEvent.setup();
    renderHome(viewerFixture(), [
      { request: { query: PortalSignOutMutation }, result: { data: { portalSignOut: true } } },
    ]);
    await user.click(await screen.findByRole("button", { name: "Account menu" }));
    await user.click(await screen.findByRole("menuitem", { name: "Sign out" }));
    const landed = await screen.findByTestId("landed");
    expect(landed.textContent).toBe("sign-in");
    expect(JSON.parse(landed.dataset.state ?? "null")).toEqual({ signedOut: true });
  });

  it("keeps the person signed in and says why when signing out fails", async () => {
    const user = userEvent.setup();
    renderHome(viewerFixture(), [
      { request: { query: PortalSignOutMutation }, error: new TypeError("Failed to fetch") },
    ]);
    await user.click(await screen.findByRole("button", { name: "Account menu" }));
    await user.click(await screen.findByRole("menuitem", { name: "Sign out" }));
    expect((await screen.findByRole("alert")).textContent).toContain("We couldn't sign you out");
    expect(screen.queryByTestId("landed")).toBeNull();
  });
});

describe("switching accounts from the account menu", () => {
  const threeAccounts = () =>
    viewerFixture({
      accounts: [
        accountChoice("cust-1", "Jane Whitaker", true),
        accountChoice("cust-2", "Whitaker Marine LLC"),
        accountChoice("cust-3", "Harbor Rowing Club"),
      ],
    });

  it("is not offered to someone with one account", async () => {
    const user = userEvent.setup();
    renderHome(viewerFixture());
    await user.click(await screen.findByRole("button", { name: "Account menu" }));
    expect(await screen.findByRole("menuitem", { name: "Sign out" })).toBeTruthy();
    expect(within(screen.getByRole("menu")).queryByText("Switch account")).toBeNull();
    expect(screen.getAllByRole("menuitem")).toHaveLength(1);
  });

  it("lists the other accounts and opens the one picked", async () => {
    const user = userEvent.setup();
    const rowing = viewerFixture({
      name: "Jane Whitaker",
      isContact: true,
      account: { __typename: "PortalAccount", customerName: "Harbor Rowing Club", cars: [] },
      accounts: [
        accountChoice("cust-1", "Jane Whitaker"),
        accountChoice("cust-2", "Whitaker Marine LLC"),
        accountChoice("cust-3", "Harbor Rowing Club", true),
      ],
    } as Partial<PortalViewerFieldsFragment>);
    let switched = 0;
    renderHome(threeAccounts(), [
      {
        request: { query: SwitchPortalAccountMutation, variables: { customerId: "cust-3" } },
        result: () => {
          switched++;
          return { data: { switchPortalAccount: rowing } };
        },
      },
    ]);

    await user.click(await screen.findByRole("button", { name: "Account menu" }));
    expect(within(await screen.findByRole("menu")).getByText("Switch account")).toBeTruthy();
    const items = screen.getAllByRole("menuitem").map((item) => item.getAttribute("aria-label") ?? item.textContent);
    expect(items).toEqual(["Switch to Whitaker Marine LLC", "Switch to Harbor Rowing Club", "Sign out"]);

    await user.click(screen.getByRole("menuitem", { name: "Switch to Harbor Rowing Club" }));
    expect(await screen.findByText(/^You're signed in as Jane Whitaker on Harbor Rowing Club's account/)).toBeTruthy();
    expect(screen.getByText("No cars on your account yet")).toBeTruthy();
    expect(switched).toBe(1);
  });

  it("names the open account on home, with a way to the chooser", async () => {
    renderHome(threeAccounts());
    const note = await screen.findByText(/You're viewing Jane Whitaker's account/);
    expect(within(note).getByRole("link", { name: "Switch account" }).getAttribute("href")).toBe("/choose-account");
  });

  it("keeps the account open and says why when switching fails", async () => {
    const user = userEvent.setup();
    renderHome(threeAccounts(), [
      {
        request: { query: SwitchPortalAccountMutation, variables: { customerId: "cust-2" } },
        error: new TypeError("Failed to fetch"),
      },
    ]);
    await user.click(await screen.findByRole("button", { name: "Account menu" }));
    await user.click(await screen.findByRole("menuitem", { name: "Switch to Whitaker Marine LLC" }));
    expect((await screen.findByRole("alert")).textContent).toContain("We couldn't open Whitaker Marine LLC's account");
    expect(screen.getAllByRole("article")).toHaveLength(1);
  });
});
