import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { GraphQLError } from "graphql";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { renderSignedIn } from "../../../test/signed-in";
import { PortalInvoiceQuery } from "../api/invoice";
import { PortalBillingQuery } from "../api/portal-billing";
import { AddPaymentMethodMutation, PayInvoiceOnlineMutation } from "../api/stripe-checkout";
import { BillingPage } from "./BillingPage";
import { InvoicePage } from "./InvoicePage";

const leavePortalFor = vi.hoisted(() => vi.fn());
vi.mock("../../../lib/leave-portal", () => ({ leavePortalFor }));

const invoice = (overrides: Record<string, unknown> = {}) => ({
  __typename: "Invoice",
  id: "inv-1",
  number: "HP-1042",
  issuedOn: "2026-03-01",
  dueOn: "2026-03-15",
  status: "OPEN",
  totalCents: 42_000,
  balanceCents: 42_000,
  overdue: false,
  displayStatus: "DUE",
  ...overrides,
});

const billing = (overrides: Record<string, unknown> = {}) => ({
  request: { query: PortalBillingQuery },
  result: {
    data: {
      portalBilling: {
        __typename: "PortalBilling",
        outstandingCents: 42_000,
        onlinePayments: true,
        paymentMethodOnFile: false,
        savedCard: null,
        offlinePaymentInstructions: "Checks to Harbor Point Storage, 1 Quay Road.",
        invoices: [invoice()],
        ...overrides,
      },
    },
  },
});

const invoicePage = (overrides: Record<string, unknown> = {}) => ({
  request: { query: PortalInvoiceQuery, variables: { id: "inv-1" } },
  result: {
    data: {
      invoice: { ...invoice(overrides), lines: [], payments: [] },
      portalBilling: { __typename: "PortalBilling", onlinePayments: true, offlinePaymentInstructions: null },
    },
  },
});

describe("paying online", () => {
  beforeEach(() => leavePortalFor.mockReset());

  it("saves a card on Stripe's page and comes back to Billing", async () => {
    const user = userEvent.setup({ delay: null });
    renderSignedIn("billing", <BillingPage />, {
      url: "/billing",
      mocks: [
        billing(),
        {
          request: { query: AddPaymentMethodMutation, variables: { returnTo: "BILLING" } },
          result: { data: { addPaymentMethod: "https://checkout.stripe.test/c/pay/cs_setup" } },
        },
      ],
    });
    await user.click(await screen.findByRole("button", { name: "Add a payment method" }));
    await vi.waitFor(() => expect(leavePortalFor).toHaveBeenCalledWith("https://checkout.stripe.test/c/pay/cs_setup"));
    expect(screen.queryByText("How to pay")).toBeNull();
  });

  it("pays the only open invoice from the balance, and says so when Stripe is down", async () => {
    const user = userEvent.setup({ delay: null });
    renderSignedIn("billing", <BillingPage />, {
      url: "/billing",
      mocks: [
        billing(),
        {
          request: { query: PayInvoiceOnlineMutation, variables: { invoiceId: "inv-1" } },
          result: {
            errors: [
              new GraphQLError("Stripe could not be reached. Try again in a minute.", {
                extensions: { code: "SERVICE_UNAVAILABLE" },
              }),
            ],
          },
        },
      ],
    });
    await user.click(await screen.findByRole("button", { name: "Pay $420.00" }));
    expect((await screen.findByRole("alert")).textContent).toBe("Stripe could not be reached. Try again in a minute.");
    expect(leavePortalFor).not.toHaveBeenCalled();
    expect((screen.getByRole("button", { name: "Pay $420.00" }) as HTMLButtonElement).disabled).toBe(false);
  });

  it("shows the facility's own instructions when it takes no payments online", async () => {
    renderSignedIn("billing", <BillingPage />, { url: "/billing", mocks: [billing({ onlinePayments: false })] });
    expect(await screen.findByText("Checks to Harbor Point Storage, 1 Quay Road.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: /Pay|payment method/ })).toBeNull();
  });

  it("waits for Stripe's confirmation after saving a card, asking again until it comes", async () => {
    renderSignedIn("billing", <BillingPage />, {
      url: "/billing?setup=1",
      mocks: [
        billing(),
        billing({
          paymentMethodOnFile: true,
          savedCard: { __typename: "SavedCard", brand: "mastercard", last4: "4444", expires: "08/2030" },
        }),
      ],
    });
    expect(await screen.findByText(/Saving your card/)).toBeTruthy();
    expect((screen.getByRole("button", { name: "Add a payment method" }) as HTMLButtonElement).disabled).toBe(true);
    expect(await screen.findByText("Your card is saved. Thank you!")).toBeTruthy();
    expect(screen.getByText("Card on file")).toBeTruthy();
    expect(screen.getByTestId("saved-card").textContent).toBe("Mastercard ending 4444");
    expect(screen.getByText("Expires 08/2030")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Replace card" })).toBeTruthy();
  });

  it("pays an invoice from its page and tells the person when they come back having paid nothing", async () => {
    const user = userEvent.setup({ delay: null });
    renderSignedIn("billing/:id", <InvoicePage />, {
      url: "/billing/inv-1?paid=0",
      mocks: [
        invoicePage(),
        {
          request: { query: PayInvoiceOnlineMutation, variables: { invoiceId: "inv-1" } },
          result: { data: { payInvoiceOnline: "https://checkout.stripe.test/c/pay/cs_pay" } },
        },
      ],
    });
    expect(await screen.findByText("No payment was made.")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Pay $420.00" }));
    await vi.waitFor(() => expect(leavePortalFor).toHaveBeenCalledWith("https://checkout.stripe.test/c/pay/cs_pay"));
  });

  it("offers no second payment while Stripe confirms the first", async () => {
    renderSignedIn("billing/:id", <InvoicePage />, { url: "/billing/inv-1?paid=1", mocks: [invoicePage()] });
    expect(await screen.findByText(/Stripe is confirming your payment/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: /^Pay / })).toBeNull();
  });

  it("thanks the person once the payment is recorded, and offers no second payment", async () => {
    renderSignedIn("billing/:id", <InvoicePage />, {
      url: "/billing/inv-1?paid=1",
      mocks: [invoicePage({ status: "PAID", balanceCents: 0 })],
    });
    expect(await screen.findByText("Payment received. Thank you!")).toBeTruthy();
    expect(screen.queryByRole("button", { name: /^Pay / })).toBeNull();
  });
});

describe("invoice status", () => {
  it("shows the server's displayStatus: Overdue for an overdue invoice, Due for the others", async () => {
    renderSignedIn("billing", <BillingPage />, {
      url: "/billing",
      mocks: [
        billing({
          invoices: [
            invoice({ id: "inv-1", number: "HP-1", overdue: true, displayStatus: "OVERDUE" }),
            invoice({ id: "inv-2", number: "HP-2", displayStatus: "DUE" }),
          ],
        }),
      ],
    });
    const late = (await screen.findByText("HP-1")).closest("[data-overdue]");
    expect(late?.textContent).toContain("Overdue");
    expect(screen.getAllByText("Due", { exact: true }).length).toBeGreaterThan(0);
  });
});
