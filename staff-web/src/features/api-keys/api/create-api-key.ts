import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { ApiKeysQuery } from "./api-keys";

export const CreateApiKeyMutation = graphql(`
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
      key {
        ...ApiKeyFields
      }
    }
  }
`);

/** The new key joins the list where the server sorts it: the list is read again. */
export function useCreateApiKey() {
  return useMutation(CreateApiKeyMutation, { refetchQueries: [ApiKeysQuery], awaitRefetchQueries: true });
}
