import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const ResendWebhookDeliveryMutation = graphql(`
  mutation ResendWebhookDelivery($id: ID!) {
    resendWebhookDelivery(id: $id) {
      ...WebhookDeliveryFields
    }
  }
`);

/** Queues the event again as a new delivery; the log is fetched again to show it. */
export function useResendWebhookDelivery() {
  return useMutation(ResendWebhookDeliveryMutation, { refetchQueries: ["WebhookEndpoint"] });
}
