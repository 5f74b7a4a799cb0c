import { useApolloClient, useMutation } from "@apollo/client/react";
import { startAuthentication } from "@simplewebauthn/browser";
import { useCallback } from "react";
import { graphql } from "../../../gql";
import { StaffViewerQuery } from "../../auth/api/staff-viewer";

export const StartStaffPasskeySignInMutation = graphql(`
  mutation StartStaffPasskeySignIn {
    startStaffPasskeySignIn
  }
`);

export const StaffSignInWithPasskeyMutation = graphql(`
  mutation StaffSignInWithPasskey($response: String!) {
    staffSignInWithPasskey(response: $response) {
      id
      name
      email
      role
      facility {
        id
        name
        resendCooldownHours
        inviteExpiryDays
        timeZone
      }
    }
  }
`);

/** Signs in with a passkey the browser offers, starting from an empty cache; false when the dialog was closed. */
export function useStaffSignInWithPasskey() {
  const client = useApolloClient();
  const [start] = useMutation(StartStaffPasskeySignInMutation);
  const [signIn] = useMutation(StaffSignInWithPasskeyMutation);
  return useCallback(async (): Promise<boolean> => {
    const { data } = await start();
    if (!data) return false;
    let response: unknown;
    try {
      response = await startAuthentication({ optionsJSON: JSON.parse(data.startStaffPasskeySignIn) });
    } catch (error) {
      if (error instanceof Error && error.name === "NotAllowedError") return false;
      throw error;
    }
    const result = await signIn({ variables: { response: JSON.stringify(response) } });
    if (!result.data) return false;
    await client.clearStore();
    client.writeQuery({ query: StaffViewerQuery, data: { staffViewer: result.data.staffSignInWithPasskey } });
    return true;
  }, [client, start, signIn]);
}
