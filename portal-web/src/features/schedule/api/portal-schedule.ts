import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const ScheduledEventFields = graphql(`
  fragment ScheduledEventFields on ScheduledEvent {
    id
    kind
    title
    startsAt
    endsAt
    location
    notes
    carName
    customerName
    myRsvp
    myGuests
    goingCount
  }
`);

export const PortalScheduleQuery = graphql(`
  query PortalSchedule {
    portalSchedule {
      upcoming {
        ...ScheduledEventFields
      }
      past {
        ...ScheduledEventFields
      }
    }
  }
`);

export function usePortalSchedule() {
  return useQuery(PortalScheduleQuery);
}
