import { useApolloClient } from "@apollo/client/react";
import { useEffect, useState } from "react";
import { graphql } from "../../../gql";
import type { BulkInviteSummaryFragment } from "../../../gql/graphql";

export const POLL_MS = 500;
/** Backs off while the server cannot be reached, so a flaky network is not hammered. */
const MAX_RETRY_MS = 5_000;

export const BulkInviteProgressQuery = graphql(`
  query BulkInviteProgress($id: ID!) {
    bulkInvite(id: $id) {
      ...BulkInviteSummary
    }
  }
`);

export function isFinished(status: BulkInviteSummaryFragment["status"]) {
  return status === "DONE" || status === "CANCELLED";
}

/**
 * Asks the server how far a running bulk invite has got, every POLL_MS, until it is finished. The
 * next question waits for the previous answer, so a slow server never has requests piling up.
 */
export function useBulkInviteProgress(initial: BulkInviteSummaryFragment) {
  const client = useApolloClient();
  const [invite, setInvite] = useState(initial);
  const [error, setError] = useState<unknown>(null);
  const id = initial.id;
  const finished = isFinished(invite.status);

  useEffect(() => {
    if (finished) return;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    const tick = async () => {
      try {
        const { data } = await client.query({
          query: BulkInviteProgressQuery,
          variables: { id },
          fetchPolicy: "network-only",
        });
        if (cancelled) return;
        failures = 0;
        setError(null);
        if (data) setInvite(data.bulkInvite);
        if (data && isFinished(data.bulkInvite.status)) return;
      } catch (e) {
        if (cancelled) return;
        failures++;
        setError(e);
      }
      const delay = failures ? Math.min(POLL_MS * 2 ** failures, MAX_RETRY_MS) : POLL_MS;
      timer = setTimeout(tick, delay);
    };
    timer = setTimeout(tick, POLL_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [client, id, finished]);

  return { invite, error };
}
