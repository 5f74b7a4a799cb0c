import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const DemoCredentialsQuery = graphql(`
  query DemoCredentials {
    demoCredentials {
      email
      password
    }
  }
`);

export function useDemoCredentials() {
  return useQuery(DemoCredentialsQuery, { fetchPolicy: "cache-first" });
}
