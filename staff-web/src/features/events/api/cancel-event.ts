import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const CancelEventMutation = graphql(`
  mutation CancelEvent($id: ID!) {
    cancelEvent(id: $id)
  }
`);

export function useCancelEvent() {
  return useMutation(CancelEventMutation, {
    update(cache, { data }, { variables }) {
      if (!data?.cancelEvent || !variables) return;
      // Lists read past a missing entry, so the schedule and the customer's card both drop it.
      cache.evict({ id: cache.identify({ __typename: "ScheduledEvent", id: variables.id }) });
      cache.gc();
    },
  });
}
