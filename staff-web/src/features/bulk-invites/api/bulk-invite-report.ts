import { useApolloClient } from "@apollo/client/react";
import { useCallback } from "react";
import { graphql } from "../../../gql";

/** The report as CSV text; the server has already neutralised formula-like cells. */
export const BulkInviteReportCsvQuery = graphql(`
  query BulkInviteReportCsv($id: ID!) {
    bulkInviteReportCsv(id: $id)
  }
`);

export function useFetchBulkInviteReport() {
  const client = useApolloClient();
  return useCallback(
    async (id: string) => {
      const { data } = await client.query({
        query: BulkInviteReportCsvQuery,
        variables: { id },
        fetchPolicy: "no-cache",
      });
      if (!data) throw new Error("The report could not be loaded");
      return data.bulkInviteReportCsv;
    },
    [client],
  );
}
