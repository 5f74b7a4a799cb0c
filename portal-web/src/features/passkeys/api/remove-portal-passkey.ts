import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { PortalPasskeysQuery } from "./portal-passkeys";

export const RemovePortalPasskeyMutation = graphql(`
  mutation RemovePortalPasskey($id: ID!) {
    removePortalPasskey(id: $id)
  }
`);

export function useRemovePortalPasskey() {
  return useMutation(RemovePortalPasskeyMutation, { refetchQueries: [PortalPasskeysQuery], awaitRefetchQueries: true });
}
