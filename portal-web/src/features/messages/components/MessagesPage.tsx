import { Button, EmptyState, Group, Paper, Skeleton, Stack, Text } from "@mantine/core";
import { IconArrowUp, IconMessageCircle } from "@tabler/icons-react";
import { Fragment, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { PageHeader } from "../../../components/PageHeader";
import { PreviewNote } from "../../../components/PreviewNote";
import { QueryFailure } from "../../../components/QueryFailure";
import type { PortalMessageFieldsFragment } from "../../../gql/graphql";
import { portalError } from "../../../lib/errors";
import { dayInZone, formatDay, formatTimeWithZone } from "../../../lib/format";
import { useIsPreview, useViewer } from "../../../lib/viewer";
import { useMarkConversationRead } from "../api/mark-conversation-read";
import { usePortalConversation } from "../api/portal-conversation";
import { Composer } from "./Composer";
import classes from "./MessagesPage.module.css";

/** Today, Yesterday or the day, on the facility's calendar like every time in the portal. */
function dayLabel(date: Date): string {
  const now = Date.now();
  const day = dayInZone(date);
  if (day === dayInZone(new Date(now))) return "Today";
  if (day === dayInZone(new Date(now - 86_400_000))) return "Yesterday";
  return formatDay(date);
}

function Bubble({ message, showAuthor }: { message: PortalMessageFieldsFragment; showAuthor: boolean }) {
  const side = message.mine ? "mine" : message.fromTeam ? "team" : "account";
  return (
    <div className={classes.bubbleRow} data-side={side}>
      {showAuthor && !message.mine && (
        <Text size="xs" fw={600} c="dimmed" className={classes.author}>
          {message.authorName}
          {message.fromTeam ? " · Team" : ""}
        </Text>
      )}
      <div className={classes.bubble} data-side={side}>
        {message.body}
      </div>
      <Text size="xs" c="dimmed" className={classes.time}>
        <time dateTime={message.createdAt}>{formatTimeWithZone(message.createdAt)}</time>
      </Text>
    </div>
  );
}

function Thread({ messages }: { messages: PortalMessageFieldsFragment[] }) {
  return (
    <>
      {messages.map((message, i) => {
        const previous = messages[i - 1];
        const date = new Date(message.createdAt);
        const newDay = !previous || dayInZone(previous.createdAt) !== dayInZone(date);
        const sameAuthor =
          previous && !newDay && previous.authorName === message.authorName && previous.mine === message.mine;
        return (
          <Fragment key={message.id}>
            {newDay && (
              <div className={classes.day}>
                <span>{dayLabel(date)}</span>
              </div>
            )}
            <Bubble message={message} showAuthor={!sameAuthor} />
          </Fragment>
        );
      })}
    </>
  );
}

export function MessagesPage() {
  const viewer = useViewer();
  const preview = useIsPreview();
  const { data, error, refetch, hasEarlier, loadEarlier } = usePortalConversation();
  const [markRead] = useMarkConversationRead();
  const conversation = data?.portalConversation;
  const unread = conversation?.unread ?? 0;
  const nodes = conversation?.messages.nodes;
  // The server answers newest first; the conversation reads oldest at the top.
  const messages = useMemo(() => (nodes ? [...nodes].reverse() : []), [nodes]);
  const newestId = nodes?.[0]?.id;
  const count = messages.length;
  const scroller = useRef<HTMLDivElement>(null);
  const marking = useRef(false);
  const [loadingEarlier, setLoadingEarlier] = useState(false);
  const [earlierError, setEarlierError] = useState<string | null>(null);
  /** Where the reader was before an earlier page went in above, to keep the same messages in view. */
  const anchor = useRef<{ height: number; top: number } | null>(null);

  // Opening the conversation reads it; a staff preview only looks, so it leaves the badge for the customer.
  useEffect(() => {
    if (preview || unread === 0 || marking.current) return;
    marking.current = true;
    markRead()
      .catch(() => {})
      .finally(() => {
        marking.current = false;
      });
  }, [preview, unread, markRead]);

  // The newest message is at the bottom: start there, and follow new ones.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the newest message changes
  useLayoutEffect(() => {
    const el = scroller.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [newestId]);

  // An earlier page goes in above what is on screen: the view stays on the same messages.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the number of messages changes
  useLayoutEffect(() => {
    const el = scroller.current;
    const before = anchor.current;
    if (!el || !before) return;
    el.scrollTop = before.top + (el.scrollHeight - before.height);
    anchor.current = null;
  }, [count]);

  const showEarlier = async () => {
    const el = scroller.current;
    if (el) anchor.current = { height: el.scrollHeight, top: el.scrollTop };
    setEarlierError(null);
    setLoadingEarlier(true);
    try {
      await loadEarlier();
    } catch (e) {
      anchor.current = null;
      setEarlierError(portalError(e).message);
    } finally {
      setLoadingEarlier(false);
    }
  };

  let thread: React.ReactNode;
  if (conversation) {
    thread =
      messages.length === 0 ? (
        <EmptyState
          icon={<IconMessageCircle size={28} stroke={1.6} />}
          variant="light"
          title="No messages yet"
          description="Send the team a message about your cars, bills or anything else"
          py={48}
          m="auto"
        />
      ) : (
        <>
          {hasEarlier && (
            <Group justify="center" mb="xs">
              <Button
                variant="default"
                size="xs"
                radius="xl"
                leftSection={<IconArrowUp size={14} />}
                loading={loadingEarlier}
                onClick={showEarlier}
              >
                Show earlier messages
              </Button>
            </Group>
          )}
          {earlierError && (
            <Text size="xs" c="red" ta="center" role="alert" mb="xs">
              {earlierError}
            </Text>
          )}
          <Thread messages={messages} />
        </>
      );
  } else if (error) {
    return (
      <>
        <PageHeader title="Messages" />
        <QueryFailure error={error} onRetry={() => refetch()} />
      </>
    );
  } else {
    thread = (
      <Stack gap="md" role="status" aria-label="Loading messages">
        <Skeleton height={48} width="60%" radius="lg" />
        <Skeleton height={48} width="50%" radius="lg" ml="auto" />
        <Skeleton height={64} width="65%" radius="lg" />
      </Stack>
    );
  }

  return (
    <>
      <PageHeader title="Messages" description={`Your conversation with the ${viewer.facility.name} team`} />
      {preview && (
        <div className={classes.previewNote}>
          <PreviewNote>Messages can't be sent or marked read from a preview.</PreviewNote>
        </div>
      )}
      <Paper withBorder radius="lg" className={classes.panel}>
        <div ref={scroller} className={classes.thread} aria-label="Conversation" role="log" tabIndex={-1}>
          {thread}
        </div>
        <Composer disabled={preview} />
      </Paper>
    </>
  );
}
