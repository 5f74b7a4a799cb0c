import { useApolloClient } from "@apollo/client/react";
import { useEffect, useState } from "react";
import { graphql } from "../../../gql";
import type { CustomerImportSummaryFragment } from "../../../gql/graphql";

export const POLL_MS = 500;
const MAX_RETRY_MS = 5_000;

export const CustomerImportProgressQuery = graphql(`
  query CustomerImportProgress($id: ID!) {
    customerImport(id: $id) {
      ...CustomerImportSummary
    }
  }
`);

/**
 * Asks the server how far a running import has got, every POLL_MS, until it is done; the next
 * question waits for the previous answer, and backs off while the server cannot be reached.
 */
export function useCustomerImportProgress(initial: CustomerImportSummaryFragment) {
  const client = useApolloClient();
  const [job, setJob] = useState(initial);
  const [error, setError] = useState<unknown>(null);
  const id = initial.id;
  const running = job.status === "RUNNING";

  useEffect(() => {
    if (!running) return;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    const tick = async () => {
      try {
        const { data } = await client.query({
          query: CustomerImportProgressQuery,
          variables: { id },
          fetchPolicy: "network-only",
        });
        if (cancelled) return;
        failures = 0;
        setError(null);
        if (data) setJob(data.customerImport);
        if (data && data.customerImport.status !== "RUNNING") return;
      } catch (e) {
        if (cancelled) return;
        failures++;
        setError(e);
      }
      timer = setTimeout(tick, failures ? Math.min(POLL_MS * 2 ** failures, MAX_RETRY_MS) : POLL_MS);
    };
    timer = setTimeout(tick, POLL_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [client, id, running]);

  return { job, error };
}
