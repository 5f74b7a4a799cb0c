import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const StaffPasskeysQuery = graphql(`
  query StaffPasskeys {
    staffPasskeys {
      id
      name
      createdAt
      lastUsedAt
      backedUp
    }
  }
`);

export function useStaffPasskeys(options: { skip?: boolean } = {}) {
  return useQuery(StaffPasskeysQuery, { skip: options.skip });
}
