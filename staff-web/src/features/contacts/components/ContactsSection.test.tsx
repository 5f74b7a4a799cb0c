import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderWithProviders } from "../../../test-utils";
import { RemoveContactMutation } from "../api/remove-contact";
import { ContactsSection } from "./ContactsSection";
import { CUSTOMER, contact } from "./test-fixtures";

describe("ContactsSection", () => {
  it("explains who belongs here when there is nobody yet", () => {
    renderWithProviders(<ContactsSection customer={CUSTOMER} contacts={[]} />);
    expect(screen.getByRole("heading", { name: "Contacts" })).toBeTruthy();
    expect(screen.getByText("No additional contacts")).toBeTruthy();
    expect(
      screen.getByText("Add a spouse, assistant or bookkeeper who should get portal access or emails."),
    ).toBeTruthy();
    expect(screen.getByRole("button", { name: "Add Contact" })).toBeTruthy();
  });

  it("opens the Add Contact dialog", async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<ContactsSection customer={CUSTOMER} contacts={[]} />);
    await user.click(screen.getByRole("button", { name: "Add Contact" }));
    expect(await screen.findByRole("dialog", { name: "Add Contact" })).toBeTruthy();
  });

  it("confirms before removing a contact, then says so", async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<ContactsSection customer={CUSTOMER} contacts={[contact()]} />, {
      mocks: [
        {
          request: { query: RemoveContactMutation, variables: { id: "12" } },
          result: { data: { removeContact: true } },
        },
      ],
    });
    await user.click(screen.getByRole("button", { name: "Actions for Sam Lee" }));
    await user.click(await screen.findByRole("menuitem", { name: "Remove", hidden: true }));
    const dialog = await screen.findByRole("dialog", { name: "Remove Sam Lee?" });
    expect(dialog.textContent).toContain("They lose portal access immediately.");
    await user.click(screen.getByRole("button", { name: "Remove contact" }));
    expect(await screen.findByText("Sam Lee removed")).toBeTruthy();
  });
});
