import { graphql } from "../../../gql";

export const PortalStatusFields = graphql(`
  fragment PortalStatusFields on PortalStatus {
    state
    reason
    action
    resendAvailableAt
    changesAt
  }
`);

/** What the invite button and dialog need to know about the person being invited. */
export const InviteTargetFields = graphql(`
  fragment InviteTarget on Customer {
    id
    name
    email
    portalStatus {
      ...PortalStatusFields
    }
  }
`);

/** The same for a sub-contact: their own email and status, and whether they may have access at all. */
export const ContactInviteTargetFields = graphql(`
  fragment ContactInviteTarget on Contact {
    id
    name
    email
    role
    canAccessPortal
    portalStatus {
      ...PortalStatusFields
    }
  }
`);

export const InvitationFields = graphql(`
  fragment InvitationFields on Invitation {
    id
    createdAt
    email
    phone
    phoneDisplay
    deliveredVia
    invitedByName
    state
    voidReason
    expiresAt
    acceptedAt
    linkOpenedAt
    deliveryState
    deliveryDetail
    deliveryUpdatedAt
    deliveredVia
    inPersonLinkExpiresAt
    reminderCount
    lastReminderAt
    remindersStoppedAt
    remindersStoppedByName
  }
`);

/**
 * The steps an invite went through. Selected only where the history is shown: each invitation's
 * timeline is one more lookup on the server.
 */
export const InvitationTimelineFields = graphql(`
  fragment InvitationTimeline on Invitation {
    id
    timeline {
      kind
      at
      detail
    }
  }
`);
