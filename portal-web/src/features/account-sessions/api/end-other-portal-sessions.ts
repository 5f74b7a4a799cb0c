import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { PortalSessionsQuery } from "./portal-sessions";

export const EndOtherPortalSessionsMutation = graphql(`
  mutation EndOtherPortalSessions {
    endOtherPortalSessions
  }
`);

/** Ends every session of the person but this browser's; the list reads itself again. */
export function useEndOtherPortalSessions() {
  return useMutation(EndOtherPortalSessionsMutation, {
    refetchQueries: [PortalSessionsQuery],
    awaitRefetchQueries: true,
  });
}
