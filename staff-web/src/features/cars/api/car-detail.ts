import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const CarPhotoFields = graphql(`
  fragment CarPhotoFields on Photo {
    id
    url
    thumbnailUrl
    width
    height
    caption
  }
`);

export const CarHistoryFields = graphql(`
  fragment CarHistoryFields on CarEvent {
    id
    kind
    notes
    happenedAt
    recordedBy
  }
`);

export const ConditionReportFields = graphql(`
  fragment ConditionReportFields on ConditionReport {
    id
    inspectedOn
    inspector
    odometer
    notes
    photos {
      ...CarPhotoFields
    }
  }
`);

/** Everything the car page shows; history and reports change through mutations that answer only ids. */
export const CarDetailQuery = graphql(`
  query CarDetail($id: ID!) {
    car(id: $id) {
      ...CarFields
      photos {
        ...CarPhotoFields
      }
      history {
        ...CarHistoryFields
      }
      conditionReports {
        ...ConditionReportFields
      }
    }
  }
`);

export function useCarDetail(id: string) {
  return useQuery(CarDetailQuery, { variables: { id } });
}
