import { graphql } from "../../../gql";

/** One row of the queue. The thread of updates is asked for only when a request is opened. */
export const ServiceRequestFields = graphql(`
  fragment ServiceRequestFields on ServiceRequest {
    id
    type
    status
    customerId
    customerName
    carName
    preferredDate
    notes
    requestedByName
    createdAt
    updatedAt
  }
`);

export const ServiceRequestDetailFields = graphql(`
  fragment ServiceRequestDetailFields on ServiceRequest {
    ...ServiceRequestFields
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
