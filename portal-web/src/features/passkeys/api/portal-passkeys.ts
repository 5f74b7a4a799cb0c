import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const PortalPasskeysQuery = graphql(`
  query PortalPasskeys {
    portalPasskeys {
      id
      name
      createdAt
      lastUsedAt
      backedUp
    }
  }
`);

export function usePortalPasskeys(options: { skip?: boolean } = {}) {
  return useQuery(PortalPasskeysQuery, { skip: options.skip });
}
