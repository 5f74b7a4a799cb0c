import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const ReactivateStaffMutation = graphql(`
  mutation ReactivateStaff($staffUserId: ID!) {
    reactivateStaff(staffUserId: $staffUserId) {
      ...TeamMemberFields
    }
  }
`);

export function useReactivateStaff() {
  return useMutation(ReactivateStaffMutation);
}
