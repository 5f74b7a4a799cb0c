import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const GettingStartedQuery = graphql(`
  query GettingStarted {
    gettingStarted {
      importedCustomers
      reviewedPortalSettings
      invitedFirstCustomer
      dismissed
    }
  }
`);

/** Read again whenever the card shows: the steps tick from what was done elsewhere meanwhile. */
export function useGettingStarted(skip: boolean) {
  return useQuery(GettingStartedQuery, { skip, fetchPolicy: "cache-and-network" });
}
