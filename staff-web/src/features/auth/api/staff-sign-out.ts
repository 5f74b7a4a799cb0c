import { useApolloClient, useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { StaffViewerQuery } from "./staff-viewer";

export const StaffSignOutMutation = graphql(`
  mutation StaffSignOut {
    staffSignOut
  }
`);

/** Signs out, then drops every cached record so the next person starts clean. */
export function useStaffSignOut() {
  const client = useApolloClient();
  const [mutate, state] = useMutation(StaffSignOutMutation);
  const signOut = async () => {
    await mutate();
    await client.clearStore();
    client.writeQuery({ query: StaffViewerQuery, data: { staffViewer: null } });
  };
  return [signOut, state] as const;
}
