import { graphql } from "../../../gql";

/** One Contacts row. Mutations that change a customer select it too, so rows update in place. */
export const CustomerRowFields = graphql(`
  fragment CustomerRow on Customer {
    id
    name
    email
    phone
    phoneDisplay
    carCount
    lastInvitedAt
    ...InviteTarget
  }
`);
