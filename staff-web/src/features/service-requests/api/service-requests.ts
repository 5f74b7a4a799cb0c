import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";
import type { ServiceRequestStatus } from "../../../gql/graphql";

export const ServiceRequestsQuery = graphql(`
  query ServiceRequests($statuses: [ServiceRequestStatus!]) {
    serviceRequests(statuses: $statuses) {
      ...ServiceRequestFields
    }
  }
`);

export function useServiceRequests(statuses: ServiceRequestStatus[]) {
  return useQuery(ServiceRequestsQuery, {
    variables: { statuses: statuses.length ? statuses : null },
    notifyOnNetworkStatusChange: true,
  });
}
