import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { PortalServiceRequestsQuery } from "./portal-service-requests";

export const RequestServiceMutation = graphql(`
  mutation RequestService($input: ServiceRequestInput!) {
    requestService(input: $input) {
      ...ServiceRequestFields
    }
  }
`);

/** The new request goes on top of the cached list (newest first), and home's open count is asked again. */
export function useRequestService() {
  return useMutation(RequestServiceMutation, {
    update: (cache, { data }) => {
      const created = data?.requestService;
      if (!created) return;
      cache.updateQuery({ query: PortalServiceRequestsQuery }, (current) =>
        current ? { portalServiceRequests: [created, ...current.portalServiceRequests] } : current,
      );
      cache.evict({ id: "ROOT_QUERY", fieldName: "portalHome" });
    },
  });
}
