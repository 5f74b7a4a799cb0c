import { useCallback } from "react";
import { useNavigate } from "react-router";
import type { PortalViewerFieldsFragment } from "../../gql/graphql";

/** Only paths inside the portal, so a crafted link cannot send someone elsewhere after signing in. */
export function safeReturnPath(from: string | undefined | null): string {
  return from?.startsWith("/") && !from.startsWith("//") ? from : "/";
}

/** What the account chooser is given: where to go once an account is picked. */
export type ChooseAccountState = { from?: string } | null;

export const CHOOSE_ACCOUNT_PATH = "/choose-account";

/**
 * Where every sign-in (link, code, password) lands: straight on `returnTo`, or first on the
 * account chooser when the address may open several accounts, since the server had to pick one.
 */
export function useAfterSignIn(returnTo = "/") {
  const navigate = useNavigate();
  return useCallback(
    (viewer: Pick<PortalViewerFieldsFragment, "accounts">) => {
      if (viewer.accounts.length > 1) {
        const state: ChooseAccountState = { from: returnTo };
        navigate(CHOOSE_ACCOUNT_PATH, { replace: true, state });
      } else {
        navigate(returnTo, { replace: true });
      }
    },
    [navigate, returnTo],
  );
}
