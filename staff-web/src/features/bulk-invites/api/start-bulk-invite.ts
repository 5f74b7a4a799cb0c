import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";

/** Confirms a preview; the server sends in chunks and `bulkInvite` reports how far it got. */
export const StartBulkInviteMutation = graphql(`
  mutation StartBulkInvite($id: ID!) {
    startBulkInvite(id: $id) {
      ...BulkInviteSummary
    }
  }
`);

export function useStartBulkInvite() {
  return useMutation(StartBulkInviteMutation);
}
