import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const DeleteWebhookEndpointMutation = graphql(`
  mutation DeleteWebhookEndpoint($id: ID!) {
    deleteWebhookEndpoint(id: $id)
  }
`);

/** Deletes an endpoint and drops it from the cache. */
export function useDeleteWebhookEndpoint() {
  return useMutation(DeleteWebhookEndpointMutation, {
    update(cache, { data }) {
      const id = data?.deleteWebhookEndpoint;
      if (!id) return;
      cache.evict({ id: cache.identify({ __typename: "WebhookEndpoint", id }) });
      cache.gc();
    },
  });
}
