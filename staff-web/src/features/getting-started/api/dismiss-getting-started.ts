import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { GettingStartedQuery } from "./getting-started";

export const DismissGettingStartedMutation = graphql(`
  mutation DismissGettingStarted {
    dismissGettingStarted {
      importedCustomers
      reviewedPortalSettings
      invitedFirstCustomer
      dismissed
    }
  }
`);

export function useDismissGettingStarted() {
  return useMutation(DismissGettingStartedMutation, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: GettingStartedQuery, data: { gettingStarted: data.dismissGettingStarted } });
    },
  });
}
