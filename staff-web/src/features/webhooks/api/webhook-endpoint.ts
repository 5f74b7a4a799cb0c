import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const WebhookDeliveryFields = graphql(`
  fragment WebhookDeliveryFields on WebhookDelivery {
    id
    eventId
    eventType
    status
    attempts
    responseCode
    lastError
    createdAt
    lastAttemptAt
    nextAttemptAt
  }
`);

export const WebhookEndpointQuery = graphql(`
  query WebhookEndpoint($id: ID!, $first: Int!, $after: String) {
    webhookEndpoint(id: $id) {
      ...WebhookEndpointFields
      secret
      deliveries(first: $first, after: $after) {
        nodes {
          ...WebhookDeliveryFields
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
`);

export const DELIVERY_PAGE_SIZE = 25;

/** One endpoint with its secret and the newest page of its delivery log. */
export function useWebhookEndpoint(id: string) {
  return useQuery(WebhookEndpointQuery, {
    variables: { id, first: DELIVERY_PAGE_SIZE },
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
  });
}
