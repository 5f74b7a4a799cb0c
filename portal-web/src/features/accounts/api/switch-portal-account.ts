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
      // Everything cached was read for the account being left, the viewer's cars included: the
      // viewer merges field by field, so it has to go too or the old account's cars would stay.
      cache.modify({ id: "ROOT_QUERY", fields: (_value, { DELETE }) => DELETE });
      writePortalViewer(cache, data.switchPortalAccount);
      cache.gc();
    },
  });
}
