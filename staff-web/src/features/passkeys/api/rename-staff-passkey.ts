import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const RenameStaffPasskeyMutation = graphql(`
  mutation RenameStaffPasskey($id: ID!, $name: String!) {
    renameStaffPasskey(id: $id, name: $name) {
      id
      name
    }
  }
`);

export function useRenameStaffPasskey() {
  return useMutation(RenameStaffPasskeyMutation);
}
