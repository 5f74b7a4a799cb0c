import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const CreateWebhookEndpointMutation = graphql(`
  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      ...WebhookEndpointFields
    }
  }
`);

export function useCreateWebhookEndpoint() {
  return useMutation(CreateWebhookEndpointMutation, { refetchQueries: ["WebhookEndpoints"] });
}
