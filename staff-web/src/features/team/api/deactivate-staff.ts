import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const DeactivateStaffMutation = graphql(`
  mutation DeactivateStaff($staffUserId: ID!) {
    deactivateStaff(staffUserId: $staffUserId) {
      ...TeamMemberFields
    }
  }
`);

export function useDeactivateStaff() {
  return useMutation(DeactivateStaffMutation);
}
