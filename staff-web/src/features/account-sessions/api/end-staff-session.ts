import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { StaffSessionsQuery } from "./staff-sessions";

export const EndStaffSessionMutation = graphql(`
  mutation EndStaffSession($sessionId: String!) {
    endStaffSession(sessionId: $sessionId)
  }
`);

/** Ends one of the viewer's sessions; the list reads itself again. */
export function useEndStaffSession() {
  return useMutation(EndStaffSessionMutation, { refetchQueries: [StaffSessionsQuery], awaitRefetchQueries: true });
}
