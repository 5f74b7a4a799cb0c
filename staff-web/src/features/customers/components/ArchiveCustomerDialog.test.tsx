import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { GraphQLError } from "graphql";
import { describe, expect, it, vi } from "vitest";
import { renderWithProviders } from "../../../test-utils";
import { ArchiveCustomerMutation } from "../api/archive-customer";
import { RestoreCustomerMutation } from "../api/restore-customer";
import { ArchiveCustomerDialog } from "./ArchiveCustomerDialog";
import { ArchivedBanner } from "./ArchivedBanner";

const row = (archivedAt: string | null) => ({
  __typename: "Customer" as const,
  id: "7",
  name: "Jane Whitaker",
  email: "jane@example.com",
  phone: null,
  phoneDisplay: null,
  carCount: 0,
  lastInvitedAt: null,
  archivedAt,
  portalStatus: {
    __typename: "PortalStatus" as const,
    state: "NOT_INVITED" as const,
    reason: "Not invited yet",
    action: "SEND" as const,
    resendAvailableAt: null,
    changesAt: null,
  },
});

describe("ArchiveCustomerDialog", () => {
  it("says what archiving does before it archives", async () => {
    const user = userEvent.setup({ delay: null });
    const onClose = vi.fn();
    renderWithProviders(<ArchiveCustomerDialog customer={{ id: "7", name: "Jane Whitaker" }} onClose={onClose} />, {
      mocks: [
        {
          request: { query: ArchiveCustomerMutation, variables: { id: "7" } },
          result: { data: { archiveCustomer: row("2026-12-04T10:00:00.000Z") } },
        },
      ],
    });
    expect(await screen.findByText("Archive Jane Whitaker?")).toBeTruthy();
    expect(screen.getByText(/hidden from Contacts, its total and search/)).toBeTruthy();
    expect(screen.getByText(/everyone signed in on their account is signed out/)).toBeTruthy();
    expect(screen.getByText(/you can restore them at any time/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Archive customer" }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(await screen.findByText("Jane Whitaker is archived")).toBeTruthy();
  });

  it("stays open with the server's reason when archiving fails", async () => {
    const user = userEvent.setup({ delay: null });
    const onClose = vi.fn();
    renderWithProviders(<ArchiveCustomerDialog customer={{ id: "7", name: "Jane Whitaker" }} onClose={onClose} />, {
      mocks: [
        {
          request: { query: ArchiveCustomerMutation, variables: { id: "7" } },
          result: { errors: [new GraphQLError("Customer not found", { extensions: { code: "NOT_FOUND" } })] },
        },
      ],
    });
    await user.click(await screen.findByRole("button", { name: "Archive customer" }));
    expect((await screen.findByRole("alert")).textContent).toContain("Customer not found");
    expect(onClose).not.toHaveBeenCalled();
  });
});

describe("ArchivedBanner", () => {
  it("shows since when and restores", async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(
      <ArchivedBanner customer={{ id: "7", name: "Jane Whitaker", archivedAt: "2026-12-04T10:00:00.000Z" }} />,
      {
        mocks: [
          {
            request: { query: RestoreCustomerMutation, variables: { id: "7" } },
            result: { data: { restoreCustomer: row(null) } },
          },
        ],
      },
    );
    expect(screen.getByText("Archived on 4 Dec 2026")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Restore" }));
    expect(await screen.findByText("Jane Whitaker is restored to Contacts")).toBeTruthy();
  });
});
