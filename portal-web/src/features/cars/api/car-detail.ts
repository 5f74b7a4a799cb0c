import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const PortalCarQuery = graphql(`
  query PortalCar($id: ID!) {
    car(id: $id) {
      ...CarCardFields
      photos {
        id
        url
        thumbnailUrl
        width
        height
        caption
      }
      history {
        id
        kind
        notes
        happenedAt
      }
      conditionReports {
        id
        inspectedOn
        inspector
        odometer
        notes
        photos {
          id
          url
          thumbnailUrl
          width
          height
          caption
        }
      }
    }
  }
`);

export function usePortalCar(id: string) {
  return useQuery(PortalCarQuery, { variables: { id } });
}
