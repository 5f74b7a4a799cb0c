import { useApolloClient } from "@apollo/client/react";
import { useCallback, useEffect, useRef, useState } from "react";
import { graphql } from "../../../gql";
import type { BulkInviteRowFieldsFragment } from "../../../gql/graphql";

export const ROWS_PAGE_SIZE = 50;

export const BulkInviteRowsQuery = graphql(`
  query BulkInviteRows($id: ID!, $invite: Boolean, $first: Int!, $after: ID) {
    bulkInvite(id: $id) {
      id
      rows(invite: $invite, first: $first, after: $after) {
        ...BulkInviteRowFields
      }
    }
  }
`);

/**
 * One list of a preview ("will be invited" or "skipped"), a page at a time. The pages are kept
 * here rather than in the cache: a preview is read once, and a `rows` field policy for one dialog
 * would be more machinery than the list itself.
 */
export function useBulkInviteRows(id: string, invite: boolean, expected: number) {
  const client = useApolloClient();
  const [rows, setRows] = useState<BulkInviteRowFieldsFragment[]>([]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [exhausted, setExhausted] = useState(expected === 0);
  const busy = useRef(false);

  const loadMore = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    setLoading(true);
    setError(null);
    try {
      const after = rows.at(-1)?.id ?? null;
      const { data } = await client.query({
        query: BulkInviteRowsQuery,
        variables: { id, invite, first: ROWS_PAGE_SIZE, after },
        fetchPolicy: "no-cache",
      });
      const page = data?.bulkInvite.rows ?? [];
      setRows((previous) => [...previous, ...page]);
      if (page.length < ROWS_PAGE_SIZE) setExhausted(true);
    } catch (e) {
      setError(e);
    } finally {
      busy.current = false;
      setLoading(false);
    }
  }, [client, id, invite, rows]);

  const started = useRef(false);
  useEffect(() => {
    if (started.current || expected === 0) return;
    started.current = true;
    void loadMore();
  }, [expected, loadMore]);

  return { rows, loading, error, hasMore: !exhausted && rows.length < expected, loadMore };
}
