import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { TeamQuery } from "./team";

export const InviteStaffMutation = graphql(`
  mutation InviteStaff($input: InviteStaffInput!) {
    inviteStaff(input: $input) {
      ...TeamMemberFields
    }
  }
`);

/** The new person joins the list as the server sorts it: the list is read again. */
export function useInviteStaff() {
  return useMutation(InviteStaffMutation, { refetchQueries: [TeamQuery], awaitRefetchQueries: true });
}
