import type { MockLink } from "@apollo/client/testing";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { localToday } from "../../../lib/dates";
import { renderWithProviders } from "../../../test-utils";
import { CreateInvoiceMutation } from "../api/create-invoice";
import { UpdateDraftInvoiceMutation } from "../api/update-draft-invoice";
import { addDays, invoiceTotalCents, toCents } from "./invoice-form";
import NewInvoiceDialog from "./NewInvoiceDialog";

function errorUnder(input: HTMLElement): string | null {
  if (input.getAttribute("aria-invalid") !== "true") return null;
  const ids = input.getAttribute("aria-describedby")?.split(" ") ?? [];
  const error = ids.map((id) => document.getElementById(id)).find((el) => el?.id.endsWith("-error"));
  return error?.textContent ?? null;
}

/** Typing key by key is slow under a parallel run; pasting fires the same change. */
async function fill(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, text: string) {
  await user.clear(input);
  await user.click(input);
  await user.paste(text);
}

const field = (name: string) => screen.getByRole("textbox", { name });
const total = () => screen.getByTestId("invoice-total").textContent;

/** Renders the dialog and waits for the modal to show its first line. */
async function renderDialog(mocks: ReadonlyArray<MockLink.MockedResponse> = []) {
  const onClose = vi.fn();
  const onCreated = vi.fn();
  renderWithProviders(
    <NewInvoiceDialog customerId="7" customerName="Ann Lee" onClose={onClose} onCreated={onCreated} />,
    { mocks },
  );
  await screen.findByRole("textbox", { name: "Description, line 1" });
  return { onClose, onCreated };
}

const today = localToday();
const invoice = (id: string, number: string, totalCents: number) => ({
  __typename: "Invoice" as const,
  id,
  number,
  issuedOn: today,
  dueOn: addDays(today, 30),
  status: "DRAFT" as const,
  totalCents,
  balanceCents: totalCents,
  overdue: false,
  displayStatus: "DRAFT" as const,
  lines: [],
  payments: [],
});

describe("invoice amounts", () => {
  it("turns dollars as typed into whole cents, without floating-point drift", () => {
    expect(toCents(19.99)).toBe(1999);
    expect(toCents("1,250.5")).toBe(125050);
    expect(toCents(0.1 + 0.2)).toBe(30);
    expect(toCents("")).toBeNull();
    expect(toCents("abc")).toBeNull();
  });

  it("totals only the lines that have an amount so far", () => {
    expect(
      invoiceTotalCents([
        { quantity: 3, unitPrice: 19.99 },
        { quantity: "", unitPrice: 10 },
        { quantity: 2, unitPrice: "" },
      ]),
    ).toBe(5997);
  });
});

describe("NewInvoiceDialog", () => {
  it("keeps a live total as lines are priced, added and removed", async () => {
    const user = userEvent.setup({ delay: null });
    await renderDialog();
    expect(total()).toBe("$0.00");
    await fill(user, field("Description, line 1"), "Indoor storage, May");
    await fill(user, field("Unit price, line 1"), "450");
    expect(total()).toBe("$450.00");

    await user.click(screen.getByRole("button", { name: "Add line" }));
    await fill(user, field("Description, line 2"), "Battery tending");
    await fill(user, field("Qty, line 2"), "4");
    await fill(user, field("Unit price, line 2"), "12.50");
    expect(screen.getByTestId("line-amount-1").textContent).toBe("$50.00");
    expect(total()).toBe("$500.00");

    await user.click(screen.getByRole("button", { name: "Remove line 1" }));
    expect(total()).toBe("$50.00");
    expect((field("Description, line 1") as HTMLInputElement).value).toBe("Battery tending");
    // The last line stays: an invoice needs one.
    expect(screen.getByRole("button", { name: "Remove line 1" }).hasAttribute("disabled")).toBe(true);
  });

  it("says what is missing on each line, and checks the due date, before calling the server", async () => {
    const user = userEvent.setup({ delay: null });
    await renderDialog();
    await user.click(screen.getByRole("button", { name: "Add line" }));
    await fill(user, field("Qty, line 2"), "0");
    const due = screen.getByLabelText(/Due date/) as HTMLInputElement;
    await fill(user, due, addDays(today, -1));
    await user.click(screen.getByRole("button", { name: "Create draft" }));

    expect(errorUnder(field("Description, line 1"))).toBe("Describe the item");
    expect(errorUnder(field("Unit price, line 1"))).toBe("Enter a price");
    expect(errorUnder(field("Qty, line 2"))).toBe("A whole number from 1");
    expect(errorUnder(due)).toBe("The due date is before the invoice date");
  });

  it("sends prices in cents and opens the new draft", async () => {
    const user = userEvent.setup({ delay: null });
    const input = {
      issuedOn: today,
      dueOn: addDays(today, 30),
      lines: [
        { description: "Indoor storage, May", quantity: 1, unitCents: 45000 },
        { description: "Battery tending", quantity: 4, unitCents: 1999 },
      ],
    };
    const { onClose, onCreated } = await renderDialog([
      {
        request: { query: CreateInvoiceMutation, variables: { customerId: "7", input } },
        result: { data: { createInvoice: invoice("91", "INV-1042", 52996) } },
      },
    ]);
    await fill(user, field("Description, line 1"), "  Indoor storage, May ");
    await fill(user, field("Unit price, line 1"), "450");
    await user.click(screen.getByRole("button", { name: "Add line" }));
    await fill(user, field("Description, line 2"), "Battery tending");
    await fill(user, field("Qty, line 2"), "4");
    await fill(user, field("Unit price, line 2"), "19.99");
    expect(total()).toBe("$529.96");
    await user.click(screen.getByRole("button", { name: "Create draft" }));

    await waitFor(() => expect(onCreated).toHaveBeenCalledWith("91"));
    expect(onClose).toHaveBeenCalled();
    expect(await screen.findByText("Draft INV-1042 created. Issue it to send it to Ann Lee.")).toBeTruthy();
  });

  it("puts the server's field errors under the line and the date they belong to", async () => {
    const user = userEvent.setup({ delay: null });
    const input = {
      issuedOn: today,
      dueOn: addDays(today, 30),
      lines: [{ description: "Storage", quantity: 1, unitCents: 100 }],
    };
    const { onClose } = await renderDialog([
      {
        request: { query: CreateInvoiceMutation, variables: { customerId: "7", input } },
        result: {
          errors: [
            {
              message: "Line 1: the price cannot be negative",
              extensions: {
                code: "BAD_USER_INPUT",
                fields: {
                  "lines.0.unitCents": "Enter a price of 0 or more",
                  "input.dueOn": "Use a date like 2026-03-02",
                },
              },
            },
          ],
        },
      },
    ]);
    await fill(user, field("Description, line 1"), "Storage");
    await fill(user, field("Unit price, line 1"), "1");
    await user.click(screen.getByRole("button", { name: "Create draft" }));

    await waitFor(() => expect(errorUnder(field("Unit price, line 1"))).toBe("Enter a price of 0 or more"));
    expect(errorUnder(screen.getByLabelText(/Due date/))).toBe("Use a date like 2026-03-02");
    expect(onClose).not.toHaveBeenCalled();
  });

  it("shows an error that belongs to no field above the buttons", async () => {
    const user = userEvent.setup({ delay: null });
    const input = {
      issuedOn: today,
      dueOn: addDays(today, 30),
      lines: [{ description: "Storage", quantity: 1, unitCents: 100 }],
    };
    await renderDialog([
      {
        request: { query: CreateInvoiceMutation, variables: { customerId: "7", input } },
        result: { errors: [{ message: "Customer not found", extensions: { code: "NOT_FOUND" } }] },
      },
    ]);
    await fill(user, field("Description, line 1"), "Storage");
    await fill(user, field("Unit price, line 1"), "1");
    await user.click(screen.getByRole("button", { name: "Create draft" }));
    expect((await screen.findByText("Customer not found")).closest("[role=alert]")).toBeTruthy();
  });

  it("edits a draft: opens with its dates and lines, and saves the changed lines in cents", async () => {
    const user = userEvent.setup({ delay: null });
    const draft = {
      ...invoice("91", "INV-1042", 52996),
      issuedOn: "2026-05-01",
      dueOn: "2026-05-31",
      lines: [
        {
          __typename: "InvoiceLine" as const,
          id: "1",
          description: "Indoor storage, May",
          quantity: 1,
          unitCents: 45000,
          amountCents: 45000,
        },
        {
          __typename: "InvoiceLine" as const,
          id: "2",
          description: "Battery tending",
          quantity: 4,
          unitCents: 1999,
          amountCents: 7996,
        },
      ],
    };
    const input = {
      issuedOn: "2026-05-01",
      dueOn: null,
      lines: [{ description: "Indoor storage, May", quantity: 1, unitCents: 47500 }],
    };
    const onClose = vi.fn();
    renderWithProviders(<NewInvoiceDialog customerId="7" customerName="Ann Lee" invoice={draft} onClose={onClose} />, {
      mocks: [
        {
          request: { query: UpdateDraftInvoiceMutation, variables: { id: "91", input } },
          result: { data: { updateDraftInvoice: { ...draft, totalCents: 47500, balanceCents: 47500, dueOn: null } } },
        },
      ],
    });
    expect(await screen.findByRole("dialog", { name: "Edit draft INV-1042 · Ann Lee" })).toBeTruthy();
    expect((field("Description, line 2") as HTMLInputElement).value).toBe("Battery tending");
    expect((field("Unit price, line 1") as HTMLInputElement).value).toBe("$450.00");
    expect(total()).toBe("$529.96");

    await user.click(screen.getByRole("button", { name: "Remove line 2" }));
    await fill(user, field("Unit price, line 1"), "475");
    await user.clear(screen.getByLabelText(/Due date/));
    expect(total()).toBe("$475.00");
    await user.click(screen.getByRole("button", { name: "Save draft" }));

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(await screen.findByText("Draft INV-1042 saved")).toBeTruthy();
  });
});
