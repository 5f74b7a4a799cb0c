import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const RenamePortalPasskeyMutation = graphql(`
  mutation RenamePortalPasskey($id: ID!, $name: String!) {
    renamePortalPasskey(id: $id, name: $name) {
      id
      name
    }
  }
`);

export function useRenamePortalPasskey() {
  return useMutation(RenamePortalPasskeyMutation);
}
