import { useApolloClient, useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { StaffViewerQuery } from "./staff-viewer";

export const ConfirmFacilitySignUpMutation = graphql(`
  mutation ConfirmFacilitySignUp($token: String!) {
    confirmFacilitySignUp(token: $token) {
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

/** Creates the facility and signs its admin in, from an empty cache like a sign-in. */
export function useConfirmFacilitySignUp() {
  const client = useApolloClient();
  const [mutate, state] = useMutation(ConfirmFacilitySignUpMutation);
  const confirm = async (token: string) => {
    const result = await mutate({ variables: { token } });
    if (result.data) {
      await client.clearStore();
      client.writeQuery({ query: StaffViewerQuery, data: { staffViewer: result.data.confirmFacilitySignUp } });
    }
    return result;
  };
  return [confirm, state] as const;
}
