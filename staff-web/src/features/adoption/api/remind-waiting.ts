import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { AwaitingSignInQuery } from "./awaiting-sign-in";

export const RemindWaitingInvitesMutation = graphql(`
  mutation RemindWaitingInvites($olderThanDays: Int!) {
    remindWaitingInvites(olderThanDays: $olderThanDays) {
      reminded
      skipped
      skips {
        skip
        count
      }
      more
    }
  }
`);

/** "Remind all" on the waiting list; the list reloads afterwards with each person's last reminder. */
export function useRemindWaitingInvites() {
  return useMutation(RemindWaitingInvitesMutation, {
    refetchQueries: [AwaitingSignInQuery],
    awaitRefetchQueries: true,
  });
}
