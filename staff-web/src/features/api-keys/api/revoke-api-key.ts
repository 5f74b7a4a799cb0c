import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { ApiKeysQuery } from "./api-keys";

export const RevokeApiKeyMutation = graphql(`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      ...ApiKeyFields
    }
  }
`);

/** A revoked key moves below the live ones: the list is read again. */
export function useRevokeApiKey() {
  return useMutation(RevokeApiKeyMutation, { refetchQueries: [ApiKeysQuery], awaitRefetchQueries: true });
}
