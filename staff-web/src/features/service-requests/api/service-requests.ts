import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";
import type { ServiceRequestStatus } from "../../../gql/graphql";

export const ServiceRequestsQuery = graphql(`
  query ServiceRequests($statuses: [ServiceRequestStatus!], $after: String) {
    serviceRequests(statuses: $statuses, first: 50, after: $after) {
      nodes {
        ...ServiceRequestFields
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

/** The queue a page at a time: `loadMore` appends the next page to the one on screen. */
export function useServiceRequests(statuses: ServiceRequestStatus[]) {
  const query = useQuery(ServiceRequestsQuery, {
    variables: { statuses: statuses.length ? statuses : null },
    notifyOnNetworkStatusChange: true,
  });
  const loadMore = () =>
    query.fetchMore({
      variables: { after: query.data?.serviceRequests.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        serviceRequests: {
          ...fetchMoreResult.serviceRequests,
          nodes: [...previous.serviceRequests.nodes, ...fetchMoreResult.serviceRequests.nodes],
        },
      }),
    });
  return { ...query, loadMore };
}
