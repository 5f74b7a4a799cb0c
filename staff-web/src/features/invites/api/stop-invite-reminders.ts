import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";

/** The invitation comes back with its fields and timeline: the history updates from the cache. */
export const StopInviteRemindersMutation = graphql(`
  mutation StopInviteReminders($invitationId: ID!) {
    stopInviteReminders(invitationId: $invitationId) {
      ...InvitationFields
      ...InvitationTimeline
    }
  }
`);

export function useStopInviteReminders() {
  return useMutation(StopInviteRemindersMutation);
}
