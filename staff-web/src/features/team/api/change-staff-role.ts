import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const ChangeStaffRoleMutation = graphql(`
  mutation ChangeStaffRole($staffUserId: ID!, $role: StaffRole!) {
    changeStaffRole(staffUserId: $staffUserId, role: $role) {
      ...TeamMemberFields
    }
  }
`);

export function useChangeStaffRole() {
  return useMutation(ChangeStaffRoleMutation);
}
