import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

/**
 * What the confirmation dialog shows for a sub-contact, read fresh when it opens: the contact's
 * own status and last invite, and the account (the customer's cars) they will see.
 */
export const ContactInvitePreviewQuery = graphql(`
  query ContactInvitePreview($customerId: ID!) {
    customer(id: $customerId) {
      id
      name
      cars {
        id
        displayName
      }
      contacts {
        ...ContactInviteTarget
        texts {
          sendsEmail
          sendsText
          channelSummary
        }
        lastInvitation {
          ...InvitationFields
        }
      }
    }
  }
`);

export function useContactInvitePreview(customerId: string) {
  return useQuery(ContactInvitePreviewQuery, { variables: { customerId }, fetchPolicy: "network-only" });
}
