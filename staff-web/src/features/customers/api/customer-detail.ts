import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const CustomerDetailQuery = graphql(`
  query CustomerDetail($id: ID!) {
    facility {
      id
      stripeConnected
    }
    customer(id: $id) {
      ...CustomerRow
      address
      notes
      createdAt
      archivedAt
      paymentSetupConnected
      stripeCustomerId
      savedCard {
        brand
        last4
      }
      cars {
        ...CarFields
      }
      invoices {
        ...InvoiceFields
      }
      lastInvitation {
        ...InvitationFields
      }
      invitations {
        ...InvitationFields
        ...InvitationTimeline
      }
      contacts {
        ...ContactFields
      }
    }
  }
`);

export function useCustomerDetail(id: string) {
  return useQuery(CustomerDetailQuery, { variables: { id } });
}
