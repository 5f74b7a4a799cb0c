import { graphql } from "../../../gql";

/** One row of a customer's Contacts section, with what the edit dialog and the invite history need. */
export const ContactFields = graphql(`
  fragment ContactFields on Contact {
    ...ContactInviteTarget
    phone
    phoneDisplay
    preferences {
      invoices
      estimates
      scheduling
      carUpdates
      contracts
      socialEvents
      marketing
    }
    lastInvitation {
      ...InvitationFields
    }
    invitations {
      ...InvitationFields
      ...InvitationTimeline
    }
  }
`);
