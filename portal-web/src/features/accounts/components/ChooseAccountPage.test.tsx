import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { PortalViewerFieldsFragment } from "../../../gql/graphql";
import { accountChoice, viewerFixture } from "../../../test/fixtures";
import { renderPage } from "../../../test/render";
import { PortalViewerQuery } from "../../session/api/portal-viewer";
import { SwitchPortalAccountMutation } from "../api/switch-portal-account";
import { ChooseAccountPage } from "./ChooseAccountPage";

const twoAccounts = viewerFixture({
  accounts: [accountChoice("cust-1", "Jane Whitaker", true), accountChoice("cust-2", "Whitaker Marine LLC")],
});

const marineAccount = viewerFixture({
  name: "Whitaker Marine LLC",
  account: { __typename: "PortalAccount", customerName: "Whitaker Marine LLC", cars: [] },
  accounts: [accountChoice("cust-1", "Jane Whitaker"), accountChoice("cust-2", "Whitaker Marine LLC", true)],
} as Partial<PortalViewerFieldsFragment>);

const viewerMock = (viewer: PortalViewerFieldsFragment) => ({
  request: { query: PortalViewerQuery },
  result: { data: { portalViewer: viewer } },
});

function renderChooser(viewer: PortalViewerFieldsFragment, mocks: Parameters<typeof renderPage>[1]["mocks"] = []) {
  return renderPage(<ChooseAccountPage />, {
    path: "/choose-account",
    url: "/choose-account",
    state: { from: "/" },
    mocks: [viewerMock(viewer), ...mocks],
  });
}

describe("choosing an account", () => {
  it("lists every account the address may open and marks the one open now", async () => {
    renderChooser(twoAccounts);

    expect(await screen.findByRole("heading", { name: "Which account would you like to open?" })).toBeTruthy();
    const list = within(screen.getByRole("list", { name: "Your accounts" }));
    expect(list.getAllByRole("button")).toHaveLength(2);
    expect(list.getByRole("button", { name: "Jane Whitaker Open now" })).toBeTruthy();
    expect(list.getByRole("button", { name: "Whitaker Marine LLC" })).toBeTruthy();
    expect(screen.getByText(/jane@example.com can open 2 accounts at Harbor Point Storage/)).toBeTruthy();
  });

  it("opens another account through the server, then goes home with it", async () => {
    const user = userEvent.setup({ delay: null });
    let switched = 0;
    const { cache } = renderChooser(twoAccounts, [
      {
        request: { query: SwitchPortalAccountMutation, variables: { customerId: "cust-2" } },
        result: () => {
          switched++;
          return { data: { switchPortalAccount: marineAccount } };
        },
      },
    ]);

    await user.click(await screen.findByRole("button", { name: /Whitaker Marine LLC/ }));
    expect((await screen.findByTestId("landed")).textContent).toBe("home");
    expect(switched).toBe(1);
    expect(cache.readQuery({ query: PortalViewerQuery })?.portalViewer?.account.customerName).toBe(
      "Whitaker Marine LLC",
    );
  });

  it("keeps the account already open without asking the server again", async () => {
    const user = userEvent.setup({ delay: null });
    renderChooser(twoAccounts);
    await user.click(await screen.findByRole("button", { name: /Jane Whitaker/ }));
    expect((await screen.findByTestId("landed")).textContent).toBe("home");
  });

  it("says so when the account cannot be opened, and lets the person pick again", async () => {
    const user = userEvent.setup({ delay: null });
    renderChooser(twoAccounts, [
      {
        request: { query: SwitchPortalAccountMutation, variables: { customerId: "cust-2" } },
        error: new TypeError("Failed to fetch"),
      },
    ]);
    await user.click(await screen.findByRole("button", { name: /Whitaker Marine LLC/ }));
    expect((await screen.findByRole("alert")).textContent).toContain("Check your connection");
    expect((screen.getByRole("button", { name: /Whitaker Marine LLC/ }) as HTMLButtonElement).disabled).toBe(false);
    expect(screen.queryByTestId("landed")).toBeNull();
  });

  it("is skipped for someone with one account", async () => {
    renderChooser(viewerFixture());
    expect((await screen.findByTestId("landed")).textContent).toBe("home");
  });
});
