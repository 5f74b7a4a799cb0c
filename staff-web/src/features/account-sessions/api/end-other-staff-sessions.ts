import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { StaffSessionsQuery } from "./staff-sessions";

export const EndOtherStaffSessionsMutation = graphql(`
  mutation EndOtherStaffSessions {
    endOtherStaffSessions
  }
`);

/** Ends every session of the viewer but this browser's; the list reads itself again. */
export function useEndOtherStaffSessions() {
  return useMutation(EndOtherStaffSessionsMutation, {
    refetchQueries: [StaffSessionsQuery],
    awaitRefetchQueries: true,
  });
}
