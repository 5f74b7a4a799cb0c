import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const ScheduleQuery = graphql(`
  query Schedule($from: DateTimeISO!, $to: DateTimeISO!) {
    schedule(from: $from, to: $to) {
      ...ScheduledEventFields
    }
  }
`);

export function useSchedule(from: Date, to: Date) {
  return useQuery(ScheduleQuery, {
    variables: { from: from.toISOString(), to: to.toISOString() },
    notifyOnNetworkStatusChange: true,
  });
}
