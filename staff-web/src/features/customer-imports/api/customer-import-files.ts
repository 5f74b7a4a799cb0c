import { useApolloClient } from "@apollo/client/react";
import { useCallback } from "react";
import { graphql } from "../../../gql";

export const CustomerImportTemplateQuery = graphql(`
  query CustomerImportTemplate {
    customerImportTemplateCsv
  }
`);

/** The report as CSV text; the server has already neutralised formula-like cells. */
export const CustomerImportReportQuery = graphql(`
  query CustomerImportReport($id: ID!) {
    customerImportReportCsv(id: $id)
  }
`);

/** The template and a job's report, fetched when asked for (downloads, not page data). */
export function useCustomerImportFiles() {
  const client = useApolloClient();
  const template = useCallback(async () => {
    const { data } = await client.query({ query: CustomerImportTemplateQuery, fetchPolicy: "no-cache" });
    if (!data) throw new Error("The template could not be loaded");
    return data.customerImportTemplateCsv;
  }, [client]);
  const report = useCallback(
    async (id: string) => {
      const { data } = await client.query({
        query: CustomerImportReportQuery,
        variables: { id },
        fetchPolicy: "no-cache",
      });
      if (!data) throw new Error("The report could not be loaded");
      return data.customerImportReportCsv;
    },
    [client],
  );
  return { template, report };
}
