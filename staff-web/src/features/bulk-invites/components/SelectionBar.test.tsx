import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ContactsPage, SEARCH_DEBOUNCE_MS } from "../../../app/pages/ContactsPage";
import { renderWithProviders } from "../../../test-utils";
import { CustomersQuery, PAGE_SIZE } from "../../customers/api/customers";

function customer(id: string, name: string) {
  return {
    __typename: "Customer" as const,
    id,
    name,
    email: `${name.split(" ")[0]?.toLowerCase()}@example.com`,
    phone: null,
    phoneDisplay: null,
    carCount: 0,
    lastInvitedAt: null,
    portalStatus: {
      __typename: "PortalStatus" as const,
      state: "NOT_INVITED" as const,
      reason: "Not invited yet",
      action: "SEND" as const,
      resendAvailableAt: null,
      changesAt: null,
    },
  };
}

function page(search: string | null, nodes: ReturnType<typeof customer>[]) {
  return {
    request: { query: CustomersQuery, variables: { search, first: PAGE_SIZE, after: null } },
    result: {
      data: {
        customers: {
          __typename: "CustomerConnection" as const,
          totalCount: nodes.length,
          totalCountIsLowerBound: false,
          pageInfo: { __typename: "PageInfo" as const, endCursor: null, hasNextPage: false },
          nodes,
        },
      },
    },
  };
}

const bar = () => screen.queryByRole("group", { name: "Selected customers" });

afterEach(() => sessionStorage.clear());

describe("Contacts selection", () => {
  it("counts selected rows across searches, selects a page at once, and clears", async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<ContactsPage />, {
      path: "/contacts",
      mocks: [
        page(null, [customer("1", "Ann Lee"), customer("2", "Ben Ortiz"), customer("3", "Cy Park")]),
        page("zed", [customer("9", "Zed Quinn")]),
      ],
    });
    expect(bar()).toBeNull();

    await user.click(await screen.findByRole("checkbox", { name: "Select Ann Lee" }));
    expect(within(bar() as HTMLElement).getByTestId("selection-count").textContent).toBe("1 selected");

    const all = screen.getByRole("checkbox", { name: "Select all on this page" }) as HTMLInputElement;
    expect(all.indeterminate).toBe(true);
    await user.click(all);
    expect(screen.getByTestId("selection-count").textContent).toBe("3 selected");
    expect((screen.getByRole("checkbox", { name: "Select Cy Park" }) as HTMLInputElement).checked).toBe(true);

    // A new search shows other rows; what was picked before stays picked.
    // The search waits for a pause in typing; the pause is made on a fake clock, not waited out.
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    try {
      fireEvent.change(screen.getByRole("searchbox", { name: "Search customers" }), { target: { value: "zed" } });
      act(() => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS));
      // The search it starts is answered on the same clock.
      act(() => vi.runOnlyPendingTimers());
    } finally {
      vi.useRealTimers();
    }
    await user.click(await screen.findByRole("checkbox", { name: "Select Zed Quinn" }));
    expect(screen.getByTestId("selection-count").textContent).toBe("4 selected");
    expect(JSON.parse(sessionStorage.getItem("portico.contacts.selection") ?? "[]")).toEqual(["1", "2", "3", "9"]);

    await user.click(within(bar() as HTMLElement).getByRole("button", { name: "Clear" }));
    await waitFor(() => expect(bar()).toBeNull());
    expect((screen.getByRole("checkbox", { name: "Select Zed Quinn" }) as HTMLInputElement).checked).toBe(false);
    expect(sessionStorage.getItem("portico.contacts.selection")).toBeNull();
  });

  it("shift-click selects the rows in between", async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<ContactsPage />, {
      path: "/contacts",
      mocks: [
        page(null, [
          customer("1", "Ann Lee"),
          customer("2", "Ben Ortiz"),
          customer("3", "Cy Park"),
          customer("4", "Di Moss"),
        ]),
      ],
    });
    await user.click(await screen.findByRole("checkbox", { name: "Select Ann Lee" }));
    await user.keyboard("{Shift>}");
    await user.click(screen.getByRole("checkbox", { name: "Select Cy Park" }));
    await user.keyboard("{/Shift}");
    expect(screen.getByTestId("selection-count").textContent).toBe("3 selected");
    expect((screen.getByRole("checkbox", { name: "Select Di Moss" }) as HTMLInputElement).checked).toBe(false);
  });
});
