import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";

/** Plans an import from a file in the template, with the duplicates and errors to list; writes no customer. */
export const PreviewCustomerImportMutation = graphql(`
  mutation PreviewCustomerImport($csv: String!, $fileName: String) {
    previewCustomerImport(csv: $csv, fileName: $fileName) {
      ...CustomerImportSummary
      rows(first: 500) {
        id
        line
        plan
        planLabel
        name
        email
        car
        detail
        result
      }
    }
  }
`);

export function usePreviewCustomerImport() {
  return useMutation(PreviewCustomerImportMutation);
}
