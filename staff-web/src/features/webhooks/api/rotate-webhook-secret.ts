import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const RotateWebhookEndpointSecretMutation = graphql(`
  mutation RotateWebhookEndpointSecret($id: ID!) {
    rotateWebhookEndpointSecret(id: $id) {
      id
      secret
    }
  }
`);

export function useRotateWebhookSecret() {
  return useMutation(RotateWebhookEndpointSecretMutation);
}
