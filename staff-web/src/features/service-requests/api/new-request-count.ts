import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const NewServiceRequestCountQuery = graphql(`
  query NewServiceRequestCount {
    newServiceRequestCount
  }
`);

/**
 * The navigation badge: requests nobody has picked up yet. One COUNT on the server; customers add
 * requests at any time, so it is asked again every two minutes, and at once after a status change.
 */
export function useNewRequestCount() {
  const { data } = useQuery(NewServiceRequestCountQuery, { pollInterval: 120_000 });
  return data?.newServiceRequestCount ?? 0;
}
