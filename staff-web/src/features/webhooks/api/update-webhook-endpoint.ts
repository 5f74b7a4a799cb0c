import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const UpdateWebhookEndpointMutation = graphql(`
  mutation UpdateWebhookEndpoint($id: ID!, $input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(id: $id, input: $input) {
      ...WebhookEndpointFields
    }
  }
`);

/** Changes an endpoint or turns it on or off; the cache updates the endpoint by its id. */
export function useUpdateWebhookEndpoint() {
  return useMutation(UpdateWebhookEndpointMutation);
}
