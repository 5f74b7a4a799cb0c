import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const NewServiceRequestsQuery = graphql(`
  query NewServiceRequests {
    serviceRequests(statuses: [NEW]) {
      id
    }
  }
`);

/** The navigation badge: requests nobody has picked up yet. Customers add them at any time. */
export function useNewRequestCount() {
  const { data } = useQuery(NewServiceRequestsQuery, { pollInterval: 60_000 });
  return data?.serviceRequests.length ?? 0;
}
