import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";

/** Plans inviting the selected customers. Sends nothing. */
export const PreviewBulkInviteMutation = graphql(`
  mutation PreviewBulkInvite($customerIds: [ID!]!) {
    previewBulkInvite(customerIds: $customerIds) {
      ...BulkInviteSummary
    }
  }
`);

export function usePreviewBulkInvite() {
  return useMutation(PreviewBulkInviteMutation);
}
