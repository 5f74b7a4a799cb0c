import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const WebhookEndpointFields = graphql(`
  fragment WebhookEndpointFields on WebhookEndpoint {
    id
    url
    description
    events
    enabled
    disabledReason
    failingSince
    createdAt
  }
`);

export const WebhookEndpointsQuery = graphql(`
  query WebhookEndpoints {
    webhookEndpoints {
      ...WebhookEndpointFields
    }
  }
`);

/** The facility's endpoints, oldest first. */
export function useWebhookEndpoints() {
  return useQuery(WebhookEndpointsQuery, { fetchPolicy: "cache-and-network" });
}
