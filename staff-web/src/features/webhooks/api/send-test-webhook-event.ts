import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const SendTestWebhookEventMutation = graphql(`
  mutation SendTestWebhookEvent($endpointId: ID!) {
    sendTestWebhookEvent(endpointId: $endpointId) {
      ...WebhookDeliveryFields
    }
  }
`);

/** Sends a webhook.test event to the endpoint; the log is fetched again to show it. */
export function useSendTestWebhookEvent() {
  return useMutation(SendTestWebhookEventMutation, { refetchQueries: ["WebhookEndpoint"] });
}
