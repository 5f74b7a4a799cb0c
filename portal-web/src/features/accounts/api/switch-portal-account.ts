import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { writePortalViewer } from "../../session/api/portal-viewer";

export const SwitchPortalAccountMutation = graphql(`
  mutation SwitchPortalAccount($customerId: ID!) {
    switchPortalAccount(customerId: $customerId) {
      ...PortalViewerFields
    }
  }
`);

/** Opens another account of the same address; the server starts a new session for it. */
export function useSwitchPortalAccount() {
  return useMutation(SwitchPortalAccountMutation, {
    update: (cache, { data }) => {
      if (!data) return;
      // Whatever else is cached was read for the account being left.
      cache.modify({
        id: "ROOT_QUERY",
        fields: (value, { fieldName, DELETE }) => (fieldName === "portalViewer" ? value : DELETE),
      });
      writePortalViewer(cache, data.switchPortalAccount);
      cache.gc();
    },
  });
}
