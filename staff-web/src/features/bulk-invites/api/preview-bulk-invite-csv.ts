import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";

/** Plans a bulk invite from a file in the template. Unreadable lines are skipped with their reasons; a file whose structure cannot be read is refused with line numbers. */
export const PreviewBulkInviteCsvMutation = graphql(`
  mutation PreviewBulkInviteCsv($csv: String!, $fileName: String) {
    previewBulkInviteCsv(csv: $csv, fileName: $fileName) {
      ...BulkInviteSummary
    }
  }
`);

export function usePreviewBulkInviteCsv() {
  return useMutation(PreviewBulkInviteCsvMutation);
}
