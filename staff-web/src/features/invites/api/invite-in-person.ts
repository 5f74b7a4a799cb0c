import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";

/**
 * A one-time link to hand over at the counter, as a QR code or to copy. The link is answered once
 * and kept only in the dialog's state; the customer comes back with its new status and history.
 */
export const InviteInPersonMutation = graphql(`
  mutation InviteInPerson($customerId: ID!, $via: InPersonDelivery!) {
    inviteInPerson(customerId: $customerId, via: $via) {
      link {
        url
        qrCodeSvg
        expiresAt
      }
      invitation {
        ...InvitationFields
      }
      customer {
        ...CustomerRow
        lastInvitation {
          ...InvitationFields
        }
        invitations {
          ...InvitationFields
          ...InvitationTimeline
        }
      }
    }
  }
`);

export function useInviteInPerson() {
  return useMutation(InviteInPersonMutation);
}
