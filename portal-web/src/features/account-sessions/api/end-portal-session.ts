import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { PortalSessionsQuery } from "./portal-sessions";

export const EndPortalSessionMutation = graphql(`
  mutation EndPortalSession($sessionId: String!) {
    endPortalSession(sessionId: $sessionId)
  }
`);

/** Ends one of the person's sessions; the list reads itself again. */
export function useEndPortalSession() {
  return useMutation(EndPortalSessionMutation, { refetchQueries: [PortalSessionsQuery], awaitRefetchQueries: true });
}
