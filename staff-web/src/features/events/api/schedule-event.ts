import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { forgetEventLists } from "./cache";

export const ScheduleEventMutation = graphql(`
  mutation ScheduleEvent($input: EventInput!) {
    scheduleEvent(input: $input) {
      ...ScheduledEventFields
    }
  }
`);

export function useScheduleEvent() {
  return useMutation(ScheduleEventMutation, {
    update(cache, { data }) {
      if (data) forgetEventLists(cache, [data.scheduleEvent.customerId]);
    },
  });
}
