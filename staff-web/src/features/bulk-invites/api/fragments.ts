import { graphql } from "../../../gql";

/** What every step shows about a bulk invite: its counters and the breakdown by reason. */
export const BulkInviteSummaryFields = graphql(`
  fragment BulkInviteSummary on BulkInvite {
    id
    status
    fileName
    total
    toInvite
    toText
    processed
    sent
    skipped
    planCounts {
      plan
      label
      count
    }
  }
`);

export const BulkInviteRowFields = graphql(`
  fragment BulkInviteRowFields on BulkInviteRow {
    id
    line
    customerId
    name
    email
    phone
    plan
    planLabel
    result
    detail
  }
`);
