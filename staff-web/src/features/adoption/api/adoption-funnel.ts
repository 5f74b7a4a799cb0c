import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const AdoptionFunnelQuery = graphql(`
  query AdoptionFunnel {
    adoptionFunnel {
      totals {
        people
        reachable
        invited
        delivered
        opened
        signedIn
        active
      }
      weeks {
        weekStart
        invited
        delivered
        opened
        signedIn
      }
    }
  }
`);

/** The facility's funnel, fresh each time the page opens: it changes with every invite. */
export function useAdoptionFunnel() {
  return useQuery(AdoptionFunnelQuery, { fetchPolicy: "cache-and-network" });
}
