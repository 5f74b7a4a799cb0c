import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const ResendStaffInviteMutation = graphql(`
  mutation ResendStaffInvite($staffUserId: ID!) {
    resendStaffInvite(staffUserId: $staffUserId) {
      ...TeamMemberFields
    }
  }
`);

export function useResendStaffInvite() {
  return useMutation(ResendStaffInviteMutation);
}
