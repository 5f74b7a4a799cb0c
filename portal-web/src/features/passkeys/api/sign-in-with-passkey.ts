import { useMutation } from "@apollo/client/react";
import { startAuthentication } from "@simplewebauthn/browser";
import { useCallback } from "react";
import { graphql } from "../../../gql";
import type { PortalViewerFieldsFragment } from "../../../gql/graphql";
import { writePortalViewer } from "../../session/api/portal-viewer";

export const StartPortalPasskeySignInMutation = graphql(`
  mutation StartPortalPasskeySignIn {
    startPortalPasskeySignIn
  }
`);

export const PortalSignInWithPasskeyMutation = graphql(`
  mutation PortalSignInWithPasskey($response: String!) {
    portalSignInWithPasskey(response: $response) {
      ...PortalViewerFields
    }
  }
`);

/** Signs in with a passkey the browser offers; null when the person closed its dialog. */
export function useSignInWithPasskey() {
  const [start] = useMutation(StartPortalPasskeySignInMutation);
  const [signIn] = useMutation(PortalSignInWithPasskeyMutation, {
    update: (cache, { data }) => {
      if (data) writePortalViewer(cache, data.portalSignInWithPasskey);
    },
  });
  return useCallback(async (): Promise<PortalViewerFieldsFragment | null> => {
    const { data } = await start();
    if (!data) return null;
    let response: unknown;
    try {
      response = await startAuthentication({ optionsJSON: JSON.parse(data.startPortalPasskeySignIn) });
    } catch (error) {
      if (error instanceof Error && error.name === "NotAllowedError") return null;
      throw error;
    }
    const result = await signIn({ variables: { response: JSON.stringify(response) } });
    return (result.data?.portalSignInWithPasskey as PortalViewerFieldsFragment | undefined) ?? null;
  }, [start, signIn]);
}
