import type { MockLink } from "@apollo/client/testing";
import { MockedProvider } from "@apollo/client/testing/react";
import { MantineProvider, Popover } from "@mantine/core";
import { configure, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter, Route, Routes, useLocation } from "react-router";
import { afterEach, describe, expect, it } from "vitest";
import { ARCHIVED_PAGE_SIZE, ArchivedCustomersQuery } from "../../features/customers/api/archived-customers";
import { CustomersQuery, PAGE_SIZE } from "../../features/customers/api/customers";
import type { PortalState } from "../../gql/graphql";
import { staffTheme } from "../theme";
import { ContactsPage } from "./ContactsPage";

const STATUS: Record<string, { reason: string; action: "SEND" | "RESEND" | null }> = {
  NOT_INVITED: { reason: "Not invited yet", action: "SEND" },
  INVITED: { reason: "Invite sent", action: null },
  INVITE_RESENDABLE: { reason: "Invite sent, no reply yet", action: "RESEND" },
  BOUNCED: { reason: "Bounced: mailbox full", action: "RESEND" },
  IN_PORTAL: { reason: "Has signed in to the portal", action: null },
};

function customer(id: string, name: string, state: PortalState) {
  const status = STATUS[state] ?? { reason: state, action: null };
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
      state,
      reason: status.reason,
      action: status.action,
      resendAvailableAt: null,
      changesAt: null,
    },
  };
}

type Row = ReturnType<typeof customer>;

/** The list query as the page sends it: `portalStates` only when a filter is on. */
function page(
  {
    search = null,
    portalStates,
    after = null,
  }: { search?: string | null; portalStates?: PortalState[]; after?: string | null },
  nodes: Row[],
  count: { totalCount?: number; totalCountIsLowerBound?: boolean } = {},
) {
  return {
    request: {
      query: CustomersQuery,
      variables: { search, first: PAGE_SIZE, after, ...(portalStates ? { portalStates } : {}) },
    },
    result: {
      data: {
        customers: {
          __typename: "CustomerConnection" as const,
          totalCount: count.totalCount ?? nodes.length,
          totalCountIsLowerBound: count.totalCountIsLowerBound ?? false,
          pageInfo: { __typename: "PageInfo" as const, endCursor: null, hasNextPage: false },
          nodes,
        },
      },
    },
  };
}

function Where() {
  const location = useLocation();
  return <output data-testid="location">{location.search}</output>;
}

// happy-dom lays nothing out, so the dropdown would count as detached from its button and hide.
const theme = {
  ...staffTheme,
  components: { ...staffTheme.components, Popover: Popover.extend({ defaultProps: { hideDetached: false } }) },
};

function renderContacts(mocks: ReadonlyArray<MockLink.MockedResponse>, entry = "/contacts") {
  return render(
    <MantineProvider theme={theme}>
      <MockedProvider mocks={mocks}>
        <MemoryRouter initialEntries={[entry]}>
          <Routes>
            <Route
              path="/contacts"
              element={
                <>
                  <ContactsPage />
                  <Where />
                </>
              }
            />
          </Routes>
        </MemoryRouter>
      </MockedProvider>
    </MantineProvider>,
  );
}

const everyone = [
  customer("1", "Ann Lee", "NOT_INVITED"),
  customer("2", "Ben Ortiz", "INVITED"),
  customer("3", "Cy Park", "IN_PORTAL"),
];
const search = () => screen.getByTestId("location").textContent;

afterEach(() => sessionStorage.clear());
// Each step waits on a mocked query and a re-render; leave room for a busy machine.
configure({ asyncUtilTimeout: 3000 });

describe("Contacts portal status filter", () => {
  it("sends the chosen states, keeps them in the URL, and shows the filtered empty state", async () => {
    const user = userEvent.setup({ delay: null });
    renderContacts([
      page({}, everyone),
      page({ portalStates: ["INVITED", "INVITE_RESENDABLE"] }, [everyone[1] as Row]),
      page({ portalStates: ["INVITED", "INVITE_RESENDABLE", "BOUNCED"] }, []),
      page({ portalStates: ["BOUNCED"] }, []),
      page({}, everyone),
    ]);
    await screen.findByRole("link", { name: "Cy Park" });

    await user.click(screen.getByRole("button", { name: "Filter by portal status" }));
    const choices = await screen.findByRole("group", { name: "Portal status" });
    await user.click(within(choices).getByRole("checkbox", { name: "Invited (waiting)" }));

    // One staff choice, two server states: the waiting invite, resendable or not.
    await waitFor(() => expect(screen.queryByRole("link", { name: "Cy Park" })).toBeNull());
    expect(screen.getByRole("link", { name: "Ben Ortiz" })).toBeTruthy();
    expect(search()).toBe("?status=invited");
    expect(screen.getByTestId("customers-total").textContent).toBe("1 customer · Invited (waiting)");
    expect(screen.getByRole("button", { name: "Portal status filter: Invited (waiting)" })).toBeTruthy();

    await user.click(within(choices).getByRole("checkbox", { name: "Bounced" }));
    expect(await screen.findByText("No customers match these filters")).toBeTruthy();
    expect(screen.getByText("No one’s portal status is Invited (waiting) or Bounced right now.")).toBeTruthy();
    expect(search()).toBe("?status=invited%2Cbounced");

    await user.click(within(choices).getByRole("checkbox", { name: "Invited (waiting)" }));
    await waitFor(() => expect(search()).toBe("?status=bounced"));
    expect(await screen.findByText("No customers match these filters")).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "Clear filters" }));
    expect(await screen.findByRole("link", { name: "Cy Park" })).toBeTruthy();
    expect(search()).toBe("");
    expect(screen.getByTestId("customers-total").textContent).toBe("3 customers");
  });

  it("combines with a search from the URL, counts “1,000+”, and starts a new filter on the first page", async () => {
    const user = userEvent.setup({ delay: null });
    renderContacts(
      [
        page({ search: "lee", portalStates: ["NOT_INVITED"], after: "abc" }, [everyone[0] as Row], {
          totalCount: 1000,
          totalCountIsLowerBound: true,
        }),
        page({ search: "lee", portalStates: ["NOT_INVITED", "IN_PORTAL"] }, []),
      ],
      "/contacts?q=lee&status=not-invited,bogus&after=abc",
    );
    expect(await screen.findByRole("link", { name: "Ann Lee" })).toBeTruthy();
    expect(screen.getByTestId("customers-total").textContent).toBe("1,000+ customers match “lee” · Not invited");
    expect(screen.getByText("1 of 1,000+")).toBeTruthy();

    // Another filter is another list: it starts from the first page, keeping the search.
    await user.click(screen.getByRole("button", { name: "Portal status filter: Not invited" }));
    await user.click(
      within(await screen.findByRole("group", { name: "Portal status" })).getByRole("checkbox", { name: "In portal" }),
    );
    expect(await screen.findByText("No customers match these filters")).toBeTruthy();
    expect(search()).toBe("?q=lee&status=not-invited%2Cin-portal");
    expect(screen.getByText("No one whose portal status is Not invited or In portal matches “lee”.")).toBeTruthy();
    const empty = screen.getByTestId("customers-empty");
    expect(within(empty).getByRole("button", { name: "Clear filters" })).toBeTruthy();
    expect(within(empty).getByRole("button", { name: "Clear search" })).toBeTruthy();
  });
});

describe("Contacts archived view", () => {
  it("lists archived customers with the date and Restore, and goes back to the active list", async () => {
    const user = userEvent.setup({ delay: null });
    const archived = {
      request: { query: ArchivedCustomersQuery, variables: { first: ARCHIVED_PAGE_SIZE, after: null } },
      result: {
        data: {
          customers: {
            __typename: "CustomerConnection" as const,
            totalCount: 1,
            totalCountIsLowerBound: false,
            pageInfo: { __typename: "PageInfo" as const, endCursor: null, hasNextPage: false },
            nodes: [
              {
                __typename: "Customer" as const,
                id: "9",
                name: "Dora Gone",
                email: "dora@example.com",
                phoneDisplay: null,
                archivedAt: "2026-11-20T15:00:00.000Z",
              },
            ],
          },
        },
      },
    };
    renderContacts([page({}, everyone), archived, page({}, everyone)]);
    await screen.findByRole("link", { name: "Cy Park" });

    await user.click(screen.getByRole("radio", { name: "Archived" }));
    const table = await screen.findByRole("table", { name: "Archived customers" });
    expect(within(table).getByRole("link", { name: "Dora Gone" })).toBeTruthy();
    expect(within(table).getByText("20 Nov 2026")).toBeTruthy();
    expect(within(table).getByRole("button", { name: "Restore Dora Gone" })).toBeTruthy();
    expect(search()).toBe("?view=archived");
    // No search, filter or bulk selection in the archived view.
    expect(screen.queryByRole("searchbox", { name: "Search customers" })).toBeNull();

    await user.click(screen.getByRole("radio", { name: "Active" }));
    await screen.findByRole("link", { name: "Cy Park" });
    expect(search()).toBe("");
  });
});
