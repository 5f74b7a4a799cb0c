import { useMutation } from "@apollo/client/react";
import { deviceName } from "@portico/web-core/passkeys";
import { startRegistration } from "@simplewebauthn/browser";
import { useCallback, useState } from "react";
import { graphql } from "../../../gql";
import { PortalPasskeysQuery } from "./portal-passkeys";

export const StartPortalPasskeyRegistrationMutation = graphql(`
  mutation StartPortalPasskeyRegistration {
    startPortalPasskeyRegistration
  }
`);

export const FinishPortalPasskeyRegistrationMutation = graphql(`
  mutation FinishPortalPasskeyRegistration($response: String!, $name: String) {
    finishPortalPasskeyRegistration(response: $response, name: $name) {
      id
      name
    }
  }
`);

/**
 * Adds a passkey: the server's options, the browser's own dialog, then the server keeps the new
 * passkey. Answers false when the person closed the dialog.
 */
export function useAddPortalPasskey() {
  const [start] = useMutation(StartPortalPasskeyRegistrationMutation);
  const [finish] = useMutation(FinishPortalPasskeyRegistrationMutation, {
    refetchQueries: [PortalPasskeysQuery],
    awaitRefetchQueries: true,
  });
  const [busy, setBusy] = useState(false);
  const add = useCallback(async (): Promise<boolean> => {
    setBusy(true);
    try {
      const { data } = await start();
      if (!data) return false;
      let response: unknown;
      try {
        response = await startRegistration({ optionsJSON: JSON.parse(data.startPortalPasskeyRegistration) });
      } catch (error) {
        if (error instanceof Error && error.name === "NotAllowedError") return false;
        throw error;
      }
      await finish({ variables: { response: JSON.stringify(response), name: deviceName() } });
      return true;
    } finally {
      setBusy(false);
    }
  }, [start, finish]);
  return { add, busy };
}
