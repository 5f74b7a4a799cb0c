import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { renderWithProviders } from "../../../test-utils";
import { DeleteCustomerMutation } from "../api/delete-customer";
import { DeleteCustomerDialog } from "./DeleteCustomerDialog";

const customer = { id: "7", name: "Jane Whitaker" };

describe("DeleteCustomerDialog", () => {
  it("deletes only once the name is typed exactly, then shows Contacts with a notification", async () => {
    const user = userEvent.setup({ delay: null });
    const onClose = vi.fn();
    renderWithProviders(<DeleteCustomerDialog customer={customer} onClose={onClose} />, {
      path: "/customers/7",
      routes: { "/contacts": <p>Contacts page</p> },
      mocks: [
        {
          request: { query: DeleteCustomerMutation, variables: { id: "7", confirmName: "Jane Whitaker" } },
          result: { data: { deleteCustomer: "7" } },
        },
      ],
    });
    expect(screen.getByText("This cannot be undone")).toBeTruthy();
    const confirm = screen.getByRole("button", { name: "Delete customer" });
    const field = screen.getByRole("textbox");
    await user.type(field, "jane whitaker");
    expect(confirm.hasAttribute("disabled")).toBe(true);
    await user.clear(field);
    await user.type(field, "Jane Whitaker");
    expect(confirm.hasAttribute("disabled")).toBe(false);
    await user.click(confirm);
    expect(await screen.findByText("Jane Whitaker and all of their data were deleted")).toBeTruthy();
    expect(await screen.findByText("Contacts page")).toBeTruthy();
    expect(onClose).toHaveBeenCalled();
  });
});
