import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const AwaitingSignInQuery = graphql(`
  query AwaitingSignIn($olderThanDays: Int!, $first: Int!, $after: String) {
    awaitingSignIn(olderThanDays: $olderThanDays, first: $first, after: $after) {
      totalCount
      totalIsCapped
      nodes {
        invitationId
        customerId
        contactId
        name
        customerName
        email
        invitedAt
        deliveryState
        linkOpenedAt
        lastReminderAt
        remindersStoppedAt
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const AWAITING_PAGE_SIZE = 25;

/** People invited at least `olderThanDays` ago who have not signed in, oldest invitation first. */
export function useAwaitingSignIn(olderThanDays: number) {
  return useQuery(AwaitingSignInQuery, {
    variables: { olderThanDays, first: AWAITING_PAGE_SIZE },
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
  });
}
