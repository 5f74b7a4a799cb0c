import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { StaffPasskeysQuery } from "./staff-passkeys";

export const RemoveStaffPasskeyMutation = graphql(`
  mutation RemoveStaffPasskey($id: ID!) {
    removeStaffPasskey(id: $id)
  }
`);

export function useRemoveStaffPasskey() {
  return useMutation(RemoveStaffPasskeyMutation, { refetchQueries: [StaffPasskeysQuery], awaitRefetchQueries: true });
}
