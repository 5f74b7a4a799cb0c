import { useQuery } from "@apollo/client/react";
import { Box, EmptyState, Paper, Stack, Text, Title } from "@mantine/core";
import { errorInfo } from "@portico/web-core/errors";
import { IconMessages } from "@tabler/icons-react";
import { useMemo, useState } from "react";
import { useSearchParams } from "react-router";
import { QueryErrorAlert } from "../../../components/QueryErrorAlert";
import { useNow } from "../../../lib/use-now";
import { ConversationQuery } from "../api/conversation";
import { useInbox } from "../api/inbox";
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
  const { data, previousData, error, refetch, showMore } = useInbox();
  const inbox = (data ?? previousData)?.inbox;
  const loaded = inbox?.nodes;
  const [more, setMore] = useState<{ loading: boolean; error: string | null }>({ loading: false, error: null });

  // The open conversation is being read: it shows no unread count, also before the server says so.
  const threads = useMemo(
    () => (loaded ?? []).map((t) => (t.customerId === selectedId && t.unread > 0 ? { ...t, unread: 0 } : t)),
    [loaded, selectedId],
  );
  const hasMore = inbox?.pageInfo.hasNextPage ?? false;

  const { data: unreadData } = useQuery(UnreadMessageCountQuery, { fetchPolicy: "cache-first" });
  const unread = unreadData?.unreadMessageCount ?? 0;

  // A conversation started from a customer page has no thread yet: list it as a draft on top.
  const inList = !selectedId || threads.some((t) => t.customerId === selectedId);
  const { data: draftData } = useQuery(ConversationQuery, {
    variables: { customerId: selectedId ?? "" },
    fetchPolicy: "cache-only",
    skip: inList || !loaded,
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
    setMore({ loading: true, error: null });
    try {
      await showMore();
      setMore({ loading: false, error: null });
    } catch (e) {
      setMore({ loading: false, error: errorInfo(e).message });
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
            {error && !loaded ? (
              <Box p="sm">
                <QueryErrorAlert title="Could not load the inbox" error={error} onRetry={refetch} />
              </Box>
            ) : !loaded ? (
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
                  loadingMore={more.loading}
                  onLoadMore={loadMore}
                />
                {more.error && (
                  <Text size="xs" c="red" px="md" pb="sm" role="alert">
                    {more.error}
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
