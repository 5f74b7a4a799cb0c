import { useApolloClient, useMutation } from "@apollo/client/react";
import { useCallback } from "react";
import { graphql } from "../../../gql";

export const PortalSignOutMutation = graphql(`
  mutation PortalSignOut {
    portalSignOut
  }
`);

/**
 * Ends the session on the server, then forgets everything cached for this person so the next
 * one on the same device starts clean. `afterSignOut` runs in between, to leave signed-in pages
 * before their data disappears.
 */
export function useSignOut() {
  const client = useApolloClient();
  const [mutate, state] = useMutation(PortalSignOutMutation);
  const signOut = useCallback(
    async (afterSignOut: () => void) => {
      await mutate();
      afterSignOut();
      await client.clearStore();
    },
    [mutate, client],
  );
  return [signOut, state] as const;
}
