import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { forgetEventLists } from "./cache";

export const UpdateEventMutation = graphql(`
  mutation UpdateEvent($id: ID!, $input: EventInput!) {
    updateEvent(id: $id, input: $input) {
      ...ScheduledEventFields
    }
  }
`);

/** `previousCustomerId`: the card the event may have left when its customer changed. */
export function useUpdateEvent(previousCustomerId: string | null) {
  return useMutation(UpdateEventMutation, {
    update(cache, { data }) {
      if (data) forgetEventLists(cache, [previousCustomerId, data.updateEvent.customerId]);
    },
  });
}
