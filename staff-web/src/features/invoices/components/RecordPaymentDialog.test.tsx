import type { MockLink } from "@apollo/client/testing";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { localToday } from "../../../lib/dates";
import { renderWithProviders } from "../../../test-utils";
import { RecordPaymentMutation } from "../api/record-payment";
import { addDays } from "./invoice-form";
import { RecordPaymentDialog } from "./RecordPaymentDialog";

function errorUnder(input: HTMLElement): string | null {
  if (input.getAttribute("aria-invalid") !== "true") return null;
  const ids = input.getAttribute("aria-describedby")?.split(" ") ?? [];
  const error = ids.map((id) => document.getElementById(id)).find((el) => el?.id.endsWith("-error"));
  return error?.textContent ?? null;
}

async function fill(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, text: string) {
  await user.clear(input);
  await user.click(input);
  await user.paste(text);
}

const INVOICE = { id: "91", number: "INV-1042", balanceCents: 43500 };
const amount = () => screen.getByRole("textbox", { name: "Amount" });
const receivedOn = () => screen.getByLabelText(/Received on/) as HTMLInputElement;
const today = localToday();

async function renderDialog(mocks: ReadonlyArray<MockLink.MockedResponse> = []) {
  const onClose = vi.fn();
  renderWithProviders(<RecordPaymentDialog invoice={INVOICE} onClose={onClose} />, { mocks });
  await screen.findByRole("textbox", { name: "Amount" });
  return { onClose };
}

const paidInvoice = (balanceCents: number) => ({
  __typename: "Invoice" as const,
  id: "91",
  number: "INV-1042",
  issuedOn: "2026-03-01",
  dueOn: null,
  status: balanceCents === 0 ? ("PAID" as const) : ("OPEN" as const),
  totalCents: 73500,
  balanceCents,
  overdue: false,
  displayStatus: balanceCents === 0 ? ("PAID" as const) : ("DUE" as const),
  lines: [],
  payments: [],
});

describe("RecordPaymentDialog", () => {
  it("starts at the balance due and says the payment settles the invoice", async () => {
    await renderDialog();
    expect((amount() as HTMLInputElement).value).toBe("$435.00");
    expect(screen.getByTestId("payment-outcome").textContent).toBe("This pays INV-1042 in full.");
  });

  it("refuses more than the balance, nothing, and a date in the future, before calling the server", async () => {
    const user = userEvent.setup({ delay: null });
    const { onClose } = await renderDialog();
    await fill(user, amount(), "500");
    await fill(user, receivedOn(), addDays(today, 2));
    await user.click(screen.getByRole("button", { name: "Record payment" }));
    expect(errorUnder(amount())).toBe("At most the balance due, $435.00");
    expect(errorUnder(receivedOn())).toBe("The date cannot be in the future");

    await fill(user, amount(), "0");
    await user.click(screen.getByRole("button", { name: "Record payment" }));
    expect(errorUnder(amount())).toBe("Enter an amount greater than zero");

    await user.clear(amount());
    await user.click(screen.getByRole("button", { name: "Record payment" }));
    expect(errorUnder(amount())).toBe("Enter the amount received");
    expect(onClose).not.toHaveBeenCalled();
  });

  it("records a partial payment in cents with its method and reference", async () => {
    const user = userEvent.setup({ delay: null });
    const input = { amountCents: 12050, method: "CHECK", reference: "Check 1042", receivedOn: today };
    const { onClose } = await renderDialog([
      {
        request: { query: RecordPaymentMutation, variables: { invoiceId: "91", input } },
        result: { data: { recordPayment: paidInvoice(31450) } },
      },
    ]);
    await fill(user, amount(), "120.50");
    expect(screen.getByTestId("payment-outcome").textContent).toBe("$314.50 will still be due after this payment.");
    await fill(user, screen.getByRole("textbox", { name: "Reference" }), " Check 1042 ");
    await user.click(screen.getByRole("button", { name: "Record payment" }));

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(await screen.findByText("Payment recorded. $314.50 still due on INV-1042.")).toBeTruthy();
  });

  it("puts the server's amount error under Amount", async () => {
    const user = userEvent.setup({ delay: null });
    const input = { amountCents: 43500, method: "CHECK", reference: null, receivedOn: today };
    const { onClose } = await renderDialog([
      {
        request: { query: RecordPaymentMutation, variables: { invoiceId: "91", input } },
        result: {
          errors: [
            {
              message: "The payment is more than the balance due",
              extensions: { code: "BAD_USER_INPUT", fields: { amountCents: "At most the balance due" } },
            },
          ],
        },
      },
    ]);
    await user.click(screen.getByRole("button", { name: "Record payment" }));
    await waitFor(() => expect(errorUnder(amount())).toBe("At most the balance due"));
    expect(onClose).not.toHaveBeenCalled();
  });

  it("shows a refusal that belongs to no field, like an invoice voided meanwhile", async () => {
    const user = userEvent.setup({ delay: null });
    const input = { amountCents: 43500, method: "CHECK", reference: null, receivedOn: today };
    await renderDialog([
      {
        request: { query: RecordPaymentMutation, variables: { invoiceId: "91", input } },
        result: {
          errors: [
            {
              message: "Payments can only be recorded on open invoices (this one is void)",
              extensions: { code: "CONFLICT" },
            },
          ],
        },
      },
    ]);
    await user.click(screen.getByRole("button", { name: "Record payment" }));
    expect(await screen.findByText("Payments can only be recorded on open invoices (this one is void)")).toBeTruthy();
  });
});
