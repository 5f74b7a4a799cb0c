import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";

/** The in-person invite for a sub-contact; the contact comes back whole, so its row updates in place. */
export const InviteContactInPersonMutation = graphql(`
  mutation InviteContactInPerson($contactId: ID!, $via: InPersonDelivery!) {
    inviteContactInPerson(contactId: $contactId, via: $via) {
      link {
        url
        qrCodeSvg
        expiresAt
      }
      invitation {
        ...InvitationFields
      }
      contact {
        ...ContactFields
      }
    }
  }
`);

export function useInviteContactInPerson() {
  return useMutation(InviteContactInPersonMutation);
}
