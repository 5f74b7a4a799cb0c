import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const RsvpMutation = graphql(`
  mutation Rsvp($eventId: ID!, $response: RsvpResponse!, $guests: Int!) {
    rsvp(eventId: $eventId, response: $response, guests: $guests) {
      id
      myRsvp
      myGuests
      goingCount
    }
  }
`);

/** The answer and the new head count land on the cached event by id. */
export function useRsvp() {
  return useMutation(RsvpMutation);
}
