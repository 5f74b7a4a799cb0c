import { graphql } from "../../../gql";

/** One entry of the schedule or of a customer's Events card, with what the edit dialog needs. */
export const ScheduledEventFields = graphql(`
  fragment ScheduledEventFields on ScheduledEvent {
    id
    kind
    title
    startsAt
    endsAt
    location
    notes
    customerId
    customerName
    carId
    carName
    goingCount
    goingGuests
  }
`);
