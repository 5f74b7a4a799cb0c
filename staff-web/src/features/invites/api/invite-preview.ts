import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

/** Everything the confirmation dialog shows, read fresh when it opens. */
export const InvitePreviewQuery = graphql(`
  query InvitePreview($id: ID!) {
    customer(id: $id) {
      ...InviteTarget
      paymentSetupConnected
      texts {
        sendsEmail
        sendsText
        channelSummary
      }
      cars {
        id
        displayName
      }
      lastInvitation {
        ...InvitationFields
      }
    }
  }
`);

export function useInvitePreview(customerId: string) {
  return useQuery(InvitePreviewQuery, { variables: { id: customerId }, fetchPolicy: "network-only" });
}
