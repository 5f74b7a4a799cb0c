import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";

/** Send Invite / Resend Invite for a sub-contact; the contact comes back whole, so its row updates in place. */
export const SendContactInviteMutation = graphql(`
  mutation SendContactInvite($contactId: ID!) {
    sendContactInvite(contactId: $contactId) {
      invitation {
        ...InvitationFields
      }
      contact {
        ...ContactFields
      }
    }
  }
`);

export function useSendContactInvite() {
  return useMutation(SendContactInviteMutation);
}
