import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const UpdateServiceRequestMutation = graphql(`
  mutation UpdateServiceRequest($id: ID!, $status: ServiceRequestStatus, $reply: String) {
    updateServiceRequest(id: $id, status: $status, reply: $reply) {
      ...ServiceRequestDetailFields
    }
  }
`);

export function useUpdateServiceRequest() {
  return useMutation(UpdateServiceRequestMutation, {
    update(cache, { data }, { variables }) {
      if (!data || !variables?.status) return;
      // A new status moves the request between the queue's filters and changes the New count:
      // the lists on screen ask the server again.
      cache.evict({ id: "ROOT_QUERY", fieldName: "serviceRequests" });
      cache.evict({ id: "ROOT_QUERY", fieldName: "newServiceRequestCount" });
      cache.gc();
    },
  });
}
