import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const PortalDemoSignInQuery = graphql(`
  query PortalDemoSignIn {
    portalDemoSignIn {
      email
      mailboxPath
    }
  }
`);

/** Null everywhere but a demo deployment that emails to the local mailbox. */
export function usePortalDemoSignIn() {
  return useQuery(PortalDemoSignInQuery, { fetchPolicy: "cache-first" });
}
