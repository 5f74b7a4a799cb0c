import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const ApiKeyFields = graphql(`
  fragment ApiKeyFields on ApiKey {
    id
    name
    scope
    hint
    createdAt
    createdByName
    lastUsedAt
    lastUsedFrom
    revokedAt
  }
`);

export const ApiKeysQuery = graphql(`
  query ApiKeys {
    apiKeys {
      ...ApiKeyFields
    }
  }
`);

export function useApiKeys() {
  return useQuery(ApiKeysQuery);
}
