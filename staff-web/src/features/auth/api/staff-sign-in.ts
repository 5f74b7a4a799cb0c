import { useApolloClient, useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { StaffViewerQuery } from "./staff-viewer";

export const StaffSignInMutation = graphql(`
  mutation StaffSignIn($email: String!, $password: String!) {
    staffSignIn(email: $email, password: $password) {
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

/** Signs in and starts from an empty cache, so nothing of an earlier session shows through. */
export function useStaffSignIn() {
  const client = useApolloClient();
  const [mutate, state] = useMutation(StaffSignInMutation);
  const signIn = async (options: { variables: { email: string; password: string } }) => {
    const result = await mutate(options);
    if (result.data) {
      await client.clearStore();
      client.writeQuery({ query: StaffViewerQuery, data: { staffViewer: result.data.staffSignIn } });
    }
    return result;
  };
  return [signIn, state] as const;
}
