import { graphql } from "../../../gql";

export const ServiceRequestFields = graphql(`
  fragment ServiceRequestFields on ServiceRequest {
    id
    type
    status
    carName
    notes
    preferredDate
    createdAt
    requestedByName
    updates {
      id
      authorName
      fromStaff
      body
      status
      createdAt
    }
  }
`);
