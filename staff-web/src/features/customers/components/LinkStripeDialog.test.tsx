import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { GraphQLError } from "graphql";
import { describe, expect, it, vi } from "vitest";
import { renderWithProviders } from "../../../test-utils";
import { LinkStripeCustomerMutation } from "../api/link-stripe-customer";
import { LinkStripeDialog } from "./LinkStripeDialog";

const customer = { id: "7", name: "Jane Whitaker", stripeCustomerId: null };
const linked = (stripeCustomerId: string, paymentSetupConnected: boolean) => ({
  data: { linkStripeCustomer: { __typename: "Customer", id: "7", stripeCustomerId, paymentSetupConnected } },
});

describe("LinkStripeDialog", () => {
  it("creates a new Stripe customer by default", async () => {
    const user = userEvent.setup({ delay: null });
    const onClose = vi.fn();
    renderWithProviders(<LinkStripeDialog customer={customer} onClose={onClose} />, {
      mocks: [
        {
          request: { query: LinkStripeCustomerMutation, variables: { customerId: "7", stripeCustomerId: null } },
          result: linked("cus_new1", false),
        },
      ],
    });
    await user.click(await screen.findByRole("button", { name: "Create and link" }));
    expect(await screen.findByText("Jane Whitaker is linked to Stripe")).toBeTruthy();
    expect(onClose).toHaveBeenCalled();
  });

  it("links an existing record, with Stripe's answer under the id when it is unknown", async () => {
    const user = userEvent.setup({ delay: null });
    const onClose = vi.fn();
    const variables = { customerId: "7", stripeCustomerId: "cus_abc123" };
    renderWithProviders(<LinkStripeDialog customer={customer} onClose={onClose} />, {
      mocks: [
        {
          request: { query: LinkStripeCustomerMutation, variables },
          result: {
            errors: [
              new GraphQLError("Stripe has no customer with that id", {
                extensions: { code: "BAD_USER_INPUT", fields: { stripeCustomerId: "Not found at Stripe" } },
              }),
            ],
          },
        },
        { request: { query: LinkStripeCustomerMutation, variables }, result: linked("cus_abc123", true) },
      ],
    });
    await user.click(await screen.findByRole("radio", { name: /Use a customer already in Stripe/ }));
    const id = screen.getByRole("textbox", { name: "Stripe customer id" });
    await user.type(id, "abc123");
    await user.click(screen.getByRole("button", { name: "Link" }));
    expect(await screen.findByText("Paste the customer's id from Stripe: it starts with cus_")).toBeTruthy();

    await user.clear(id);
    await user.type(id, "cus_abc123");
    await user.click(screen.getByRole("button", { name: "Link" }));
    expect(await screen.findByText("Not found at Stripe")).toBeTruthy();
    expect(onClose).not.toHaveBeenCalled();

    await user.click(screen.getByRole("button", { name: "Link" }));
    expect(await screen.findByText("Jane Whitaker is linked to Stripe, with a card on file")).toBeTruthy();
    await waitFor(() => expect(onClose).toHaveBeenCalled());
  });
});
