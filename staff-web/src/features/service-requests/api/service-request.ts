import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const ServiceRequestQuery = graphql(`
  query ServiceRequest($id: ID!) {
    serviceRequest(id: $id) {
      ...ServiceRequestDetailFields
    }
  }
`);

export function useServiceRequest(id: string) {
  return useQuery(ServiceRequestQuery, { variables: { id } });
}
