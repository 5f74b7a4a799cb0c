import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";

/** Runs a previewed import; the server refuses a second run. */
export const RunCustomerImportMutation = graphql(`
  mutation RunCustomerImport($id: ID!) {
    runCustomerImport(id: $id) {
      ...CustomerImportSummary
    }
  }
`);

export function useRunCustomerImport() {
  return useMutation(RunCustomerImportMutation, { refetchQueries: ["Customers"] });
}
