import { useApolloClient, useQuery } from "@apollo/client/react";
import { Box, EmptyState, Paper, Stack, Text, Title } from "@mantine/core";
import { errorInfo } from "@portico/web-core/errors";
import { IconMessages } from "@tabler/icons-react";
import { useMemo, useState } from "react";
import { useSearchParams } from "react-router";
import { QueryErrorAlert } from "../../../components/QueryErrorAlert";
import type { MessageThreadFieldsFragment } from "../../../gql/graphql";
import { useNow } from "../../../lib/use-now";
import { ConversationQuery } from "../api/conversation";
import { INBOX_PAGE, InboxQuery, useInbox } from "../api/inbox";
import { UnreadMessageCountQuery } from "../api/unread-count";
import { ConversationView } from "./ConversationView";
import classes from "./Messages.module.css";
import { ThreadList, ThreadListSkeleton } from "./ThreadList";

/**
 * The team's inbox: conversations on the left, the open one on the right (one at a time on
 * phones). `?customer=<id>` opens a conversation, also one that has no messages yet.
 */
export function MessagesPage() {
  const [params, setParams] = useSearchParams();
  const selectedId = params.get("customer");
  const now = useNow();
  const client = useApolloClient();
  const { data, previousData, error, refetch } = useInbox();
  const firstPage = (data ?? previousData)?.inbox;
  const [older, setOlder] = useState<{
    threads: MessageThreadFieldsFragment[];
    more: boolean;
    loading: boolean;
    error: string | null;
  }>({ threads: [], more: true, loading: false, error: null });

  const threads = useMemo(() => {
    const seen = new Set<string>();
    // The polled first page is the freshest word on any thread it holds; the open conversation is
    // being read, also when it came from an older page the cache does not update.
    return [...(firstPage ?? []), ...older.threads]
      .filter((t) => {
        if (seen.has(t.customerId)) return false;
        seen.add(t.customerId);
        return true;
      })
      .map((t) => (t.customerId === selectedId && t.unread > 0 ? { ...t, unread: 0 } : t));
  }, [firstPage, older.threads, selectedId]);
  const hasMore = older.threads.length > 0 ? older.more : (firstPage?.length ?? 0) >= INBOX_PAGE && older.more;

  const { data: unreadData } = useQuery(UnreadMessageCountQuery, { fetchPolicy: "cache-first" });
  const unread = unreadData?.unreadMessageCount ?? 0;

  // A conversation started from a customer page has no thread yet: list it as a draft on top.
  const inList = !selectedId || threads.some((t) => t.customerId === selectedId);
  const { data: draftData } = useQuery(ConversationQuery, {
    variables: { customerId: selectedId ?? "" },
    fetchPolicy: "cache-only",
    skip: inList || !firstPage,
  });
  const draft =
    !inList && selectedId && draftData?.customer ? { customerId: selectedId, name: draftData.customer.name } : null;

  const select = (customerId: string | null) => {
    const next = new URLSearchParams(params);
    if (customerId) next.set("customer", customerId);
    else next.delete("customer");
    setParams(next);
  };

  const loadMore = async () => {
    const before = threads.at(-1)?.cursor;
    if (!before) return;
    setOlder((o) => ({ ...o, loading: true, error: null }));
    try {
      const { data: page } = await client.query({
        query: InboxQuery,
        variables: { first: INBOX_PAGE, before },
        fetchPolicy: "network-only",
      });
      const more = page?.inbox ?? [];
      setOlder((o) => ({
        threads: [...o.threads, ...more],
        more: more.length >= INBOX_PAGE,
        loading: false,
        error: null,
      }));
    } catch (e) {
      setOlder((o) => ({ ...o, loading: false, error: errorInfo(e).message }));
    }
  };

  const view = selectedId ? "thread" : "list";

  return (
    <Stack gap="md">
      <div className={classes.pageHeader} data-view={view}>
        <Title order={1} className="page-title">
          Messages
        </Title>
        <Text c="dimmed" size="sm" aria-live="polite">
          {unread === 0 ? "All caught up" : unread === 1 ? "1 unread message" : `${unread} unread messages`}
        </Text>
      </div>

      <Paper withBorder radius="md" className={classes.layout} data-view={view}>
        <div className={classes.list}>
          <Box className={classes.scroll}>
            {error && !firstPage ? (
              <Box p="sm">
                <QueryErrorAlert title="Could not load the inbox" error={error} onRetry={refetch} />
              </Box>
            ) : !firstPage ? (
              <ThreadListSkeleton />
            ) : (
              <>
                <ThreadList
                  threads={threads}
                  draft={draft}
                  selectedId={selectedId}
                  now={now}
                  onSelect={select}
                  hasMore={hasMore}
                  loadingMore={older.loading}
                  onLoadMore={loadMore}
                />
                {older.error && (
                  <Text size="xs" c="red" px="md" pb="sm" role="alert">
                    {older.error}
                  </Text>
                )}
              </>
            )}
          </Box>
        </div>
        <section className={classes.thread} aria-label="Conversation">
          {selectedId ? (
            <ConversationView key={selectedId} customerId={selectedId} now={now} onBack={() => select(null)} />
          ) : (
            <EmptyState
              m="auto"
              px="md"
              icon={<IconMessages size={28} />}
              withIndicatorBackground
              title="Pick a conversation"
              description="Choose a customer on the left to read and answer their messages."
            />
          )}
        </section>
      </Paper>
    </Stack>
  );
}
