import { useApolloClient, useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { StaffViewerQuery } from "./staff-viewer";

export const AcceptStaffInviteMutation = graphql(`
  mutation AcceptStaffInvite($token: String!, $password: String!) {
    acceptStaffInvite(token: $token, password: $password) {
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

/** Chooses the password and signs in, from an empty cache like a sign-in. */
export function useAcceptStaffInvite() {
  const client = useApolloClient();
  const [mutate, state] = useMutation(AcceptStaffInviteMutation);
  const accept = async (variables: { token: string; password: string }) => {
    const result = await mutate({ variables });
    if (result.data) {
      await client.clearStore();
      client.writeQuery({ query: StaffViewerQuery, data: { staffViewer: result.data.acceptStaffInvite } });
    }
    return result;
  };
  return [accept, state] as const;
}
