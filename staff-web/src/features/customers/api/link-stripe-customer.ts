import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";

/** Answers the customer by id: the profile card and the invite dialog's "payment setup" follow. */
export const LinkStripeCustomerMutation = graphql(`
  mutation LinkStripeCustomer($customerId: ID!, $stripeCustomerId: String) {
    linkStripeCustomer(customerId: $customerId, stripeCustomerId: $stripeCustomerId) {
      id
      paymentSetupConnected
      stripeCustomerId
    }
  }
`);

export function useLinkStripeCustomer() {
  return useMutation(LinkStripeCustomerMutation);
}
