import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Route } from "react-router";
import { describe, expect, it } from "vitest";
import { SignedInFrame } from "../../../app/SignedInFrame";
import type { PortalViewerFieldsFragment } from "../../../gql/graphql";
import { accountChoice, carFixture, viewerFixture } from "../../../test/fixtures";
import { renderPage } from "../../../test/render";
import { Placeholder, unreadMock } from "../../../test/signed-in";
import { SwitchPortalAccountMutation } from "../../accounts/api/switch-portal-account";
import { PortalCarsQuery } from "../../cars/api/portal-cars";
import { PortalViewerQuery } from "../../session/api/portal-viewer";
import { PortalSignOutMutation } from "../../session/api/sign-out";
import { PortalOrderHistoryQuery } from "../api/order-history";
import { PortalHomeQuery } from "../api/portal-home";
import { HomePage } from "./HomePage";

type ViewerData = PortalViewerFieldsFragment | null;
type Mocks = Parameters<typeof renderPage>[1]["mocks"];

const always = Number.POSITIVE_INFINITY;

function homeData(overrides: Record<string, unknown> = {}, onboardingPending = false) {
  return {
    portalHome: {
      __typename: "PortalHome",
      balanceDueCents: 0,
      overdueInvoices: 0,
      contractsToSign: [],
      estimatesWaiting: [],
      upcomingEvents: [],
      unreadMessages: 0,
      openServiceRequests: 0,
      ...overrides,
    },
    portalProfile: { __typename: "PortalProfile", onboardingPending },
  };
}

const homeMock = (data = homeData()) => ({
  request: { query: PortalHomeQuery },
  result: { data },
  maxUsageCount: always,
});

const carsMock = (cars = [carFixture()]) => ({
  request: { query: PortalCarsQuery },
  result: {
    data: { portalViewer: { __typename: "PortalViewer", account: { __typename: "PortalAccount", cars } } },
  },
  maxUsageCount: always,
});

const historyMock = (items: object[] = []) => ({
  request: { query: PortalOrderHistoryQuery },
  result: { data: { portalOrderHistory: items } },
  maxUsageCount: always,
});

/** Home with what it asks for; `mocks` come first, so a test's own answer wins over the default. */
function renderHome(
  portalViewer: ViewerData,
  mocks: Mocks = [],
  defaults: Mocks = [homeMock(), carsMock(), historyMock()],
) {
  return renderPage(<SignedInFrame />, {
    path: "/",
    url: "/",
    mocks: [
      { request: { query: PortalViewerQuery }, result: { data: { portalViewer } }, maxUsageCount: always },
      unreadMock(0),
      ...mocks,
      ...defaults,
    ],
    children: [
      <Route key="home" index element={<HomePage />} />,
      <Route key="welcome" path="welcome" element={<Placeholder name="welcome" />} />,
    ],
  });
}

describe("home", () => {
  it("greets the person and lists every car with its status in words", async () => {
    const cars = [
      carFixture(),
      carFixture({
        id: "c2",
        displayName: "1962 Riva Aquarama",
        status: "IN_SERVICE",
        vin: null,
        plate: null,
        location: null,
      }),
    ];
    renderHome(viewerFixture(), [carsMock(cars)]);

    expect(
      await screen.findByRole("heading", { level: 1, name: /^Good (morning|afternoon|evening), Jane$/ }),
    ).toBeTruthy();
    expect(screen.getByText("Harbor Point Storage customer portal")).toBeTruthy();
    const porsche = within(await screen.findByRole("article", { name: "1967 Porsche 911S" }));
    expect(screen.getAllByRole("article")).toHaveLength(2);
    expect(porsche.getAllByText("In storage").length).toBeGreaterThan(0);
    expect(porsche.getByText("PTR 911")).toBeTruthy();
    expect(porsche.getByText("308521S")).toBeTruthy();
    expect(porsche.getByText("Building A, bay 12")).toBeTruthy();
    expect(porsche.getByRole("link", { name: "1967 Porsche 911S" }).getAttribute("href")).toBe("/vehicles/c1");
    const riva = within(screen.getByRole("article", { name: "1962 Riva Aquarama" }));
    expect(riva.getAllByText("In service").length).toBeGreaterThan(0);
    expect(screen.queryByText(/signed in as/)).toBeNull();
  });

  it("lists what needs attention, each leading to where it is done", async () => {
    renderHome(viewerFixture(), [
      homeMock(
        homeData({
          balanceDueCents: 130_500,
          overdueInvoices: 1,
          contractsToSign: [{ __typename: "Document", id: "d1", title: "Storage agreement" }],
          estimatesWaiting: [
            { __typename: "Estimate", id: "e1", number: "EST-501", title: "Spring detailing", totalCents: 177_000 },
          ],
          upcomingEvents: [
            {
              __typename: "ScheduledEvent",
              id: "ev1",
              title: "Cars & Coffee",
              kind: "SOCIAL",
              startsAt: "2030-05-04T13:00:00.000Z",
              location: "Forecourt",
            },
          ],
          unreadMessages: 2,
          openServiceRequests: 1,
        }),
      ),
    ]);
    const balance = await screen.findByRole("link", { name: "Balance due: View billing" });
    expect(balance.getAttribute("href")).toBe("/billing");
    expect(within(balance).getByText("$1,305.00")).toBeTruthy();
    expect(within(balance).getByText("1 invoice overdue")).toBeTruthy();
    const contract = screen.getByRole("link", { name: "Contract to sign: Read and sign" });
    expect(contract.getAttribute("href")).toBe("/documents/d1");
    expect(within(contract).getByText("Storage agreement")).toBeTruthy();
    const estimate = screen.getByRole("link", { name: "Estimate waiting: Review and answer" });
    expect(estimate.getAttribute("href")).toBe("/estimates/e1");
    expect(within(estimate).getByText("Spring detailing · $1,770.00")).toBeTruthy();
    expect(
      within(screen.getByRole("link", { name: "Messages: Read and reply" })).getByText("2 new messages from the team"),
    ).toBeTruthy();
    expect(
      within(screen.getByRole("link", { name: "Coming up: Open schedule" })).getByText(/Cars & Coffee/),
    ).toBeTruthy();
    expect(
      within(screen.getByRole("link", { name: "Requests: Follow progress" })).getByText("1 open request with the team"),
    ).toBeTruthy();
    expect(screen.queryByText("You're all caught up")).toBeNull();
  });

  it("says when nothing needs attention", async () => {
    renderHome(viewerFixture());
    expect(await screen.findByText("You're all caught up")).toBeTruthy();
  });

  it("shows the latest of the order history with a way to all of it", async () => {
    const invoice = (n: number) => ({
      __typename: "HistoryItem",
      kind: "INVOICE",
      refId: String(n),
      title: `Invoice INV-${n}`,
      status: "PAID",
      date: "2026-03-01T12:00:00.000Z",
      amountCents: 45_000,
    });
    renderHome(viewerFixture(), [historyMock([1, 2, 3, 4, 5, 6].map(invoice))]);
    const history = await screen.findByRole("list", { name: "Order history, newest first" });
    expect(within(history).getAllByRole("listitem")).toHaveLength(5);
    expect(
      within(history)
        .getByRole("link", { name: /Invoice INV-1/ })
        .getAttribute("href"),
    ).toBe("/billing/1");
    expect(screen.getByRole("link", { name: "See all 6" }).getAttribute("href")).toBe("/history");
  });

  it("calls an overdue invoice Overdue in the history, as Billing does", async () => {
    const item = (n: number, status: string) => ({
      __typename: "HistoryItem",
      kind: "INVOICE",
      refId: String(n),
      title: `Invoice INV-${n}`,
      status,
      date: "2026-03-01T12:00:00.000Z",
      amountCents: 45_000,
    });
    renderHome(viewerFixture(), [historyMock([item(1, "OVERDUE"), item(2, "DUE")])]);
    const history = await screen.findByRole("list", { name: "Order history, newest first" });
    const [overdue, due] = within(history).getAllByRole("listitem");
    expect(within(overdue as HTMLElement).getByText("Overdue")).toBeTruthy();
    expect(within(due as HTMLElement).getByText("Due")).toBeTruthy();
  });

  it("asks for no cars when the facility turned Vehicles off", async () => {
    const viewer = viewerFixture({ facility: { sections: ["BILLING", "MESSAGES"] } });
    renderHome(viewer, [], [homeMock(), historyMock()]);
    expect(await screen.findByText("You're all caught up")).toBeTruthy();
    expect(screen.queryByRole("heading", { name: "Your cars" })).toBeNull();
  });

  it("sends someone with onboarding steps to do to the welcome steps first", async () => {
    renderHome(viewerFixture(), [homeMock(homeData({}, true))]);
    expect((await screen.findByTestId("placeholder")).textContent).toBe("welcome");
  });

  it("tells a sub-contact whose account they are looking at", async () => {
    renderHome(viewerFixture({ name: "Sam Whitaker", isContact: true }));
    expect(await screen.findByText("You're signed in as Sam Whitaker on Jane Whitaker's account")).toBeTruthy();
  });

  it("says when there are no cars yet and who will add them", async () => {
    renderHome(viewerFixture(), [carsMock([])]);
    expect(await screen.findByText("No cars on your account yet")).toBeTruthy();
    expect(screen.getByText("Harbor Point Storage will add them.")).toBeTruthy();
  });
  it("sends someone signed out to the sign-in page", async () => {
    renderHome(null);
    expect((await screen.findByTestId("landed")).textContent).toBe("sign-in");
  });

  it("signs out from the account menu and says so on the sign-in page", async () => {
    const user = userEvent.setup({ delay: null });
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
    const user = userEvent.setup({ delay: null });
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
    const user = userEvent.setup({ delay: null });
    renderHome(viewerFixture());
    await user.click(await screen.findByRole("button", { name: "Account menu" }));
    expect(await screen.findByRole("menuitem", { name: "Sign out" })).toBeTruthy();
    expect(within(screen.getByRole("menu")).queryByText("Switch account")).toBeNull();
    expect(screen.getAllByRole("menuitem").map((item) => item.textContent)).toEqual(["Profile", "Sign out"]);
  });

  it("lists the other accounts and opens the one picked", async () => {
    const user = userEvent.setup({ delay: null });
    const rowing = viewerFixture({
      name: "Jane Whitaker",
      isContact: true,
      account: { __typename: "PortalAccount", customerName: "Harbor Rowing Club" },
      accounts: [
        accountChoice("cust-1", "Jane Whitaker"),
        accountChoice("cust-2", "Whitaker Marine LLC"),
        accountChoice("cust-3", "Harbor Rowing Club", true),
      ],
    } as Partial<PortalViewerFieldsFragment>);
    let switched = 0;
    const once = { ...carsMock(), maxUsageCount: 1 };
    renderHome(threeAccounts(), [
      once,
      carsMock([]),
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
    expect(items).toEqual(["Switch to Whitaker Marine LLC", "Switch to Harbor Rowing Club", "Profile", "Sign out"]);

    expect(await screen.findByRole("article", { name: "1967 Porsche 911S" })).toBeTruthy();
    await user.click(screen.getByRole("menuitem", { name: "Switch to Harbor Rowing Club" }));
    expect(await screen.findByText(/^You're signed in as Jane Whitaker on Harbor Rowing Club's account/)).toBeTruthy();
    // The other account's cars are asked for afresh, not kept from the account just left.
    expect(await screen.findByText("No cars on your account yet")).toBeTruthy();
    expect(switched).toBe(1);
  });

  it("names the open account on home, with a way to the chooser", async () => {
    renderHome(threeAccounts());
    const note = await screen.findByText(/You're viewing Jane Whitaker's account/);
    expect(within(note).getByRole("link", { name: "Switch account" }).getAttribute("href")).toBe("/choose-account");
  });

  it("keeps the account open and says why when switching fails", async () => {
    const user = userEvent.setup({ delay: null });
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
