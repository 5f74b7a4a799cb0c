import {
  Anchor,
  Avatar,
  Box,
  Button,
  Center,
  Divider,
  EmptyState,
  Group,
  Loader,
  Skeleton,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { errorInfo } from "@portico/web-core/errors";
import { clockTimeLabelled, dateTime } from "@portico/web-core/time";
import { wallClockIn } from "@portico/web-core/zones";
import { IconArrowLeft, IconMessages } from "@tabler/icons-react";
import { isSameDay } from "date-fns";
import { Fragment, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { Link } from "react-router";
import { QueryErrorAlert } from "../../../components/QueryErrorAlert";
import type { MessageFieldsFragment } from "../../../gql/graphql";
import { initials } from "../../../lib/initials";
import { useConversation } from "../api/conversation";
import { useMarkConversationRead } from "../api/mark-conversation-read";
import { Composer } from "./Composer";
import classes from "./Messages.module.css";
import { dayLabel } from "./message-time";

/** A new author line when the writer changes, the day changes, or after a pause this long. */
const GROUP_GAP_MS = 15 * 60_000;

type Props = { customerId: string; now: Date; onBack: () => void };

/** One customer's conversation, oldest first: their people on the left, the team on the right. */
export function ConversationView({ customerId, now, onBack }: Props) {
  const { data, error, loading, refetch, showEarlier } = useConversation(customerId);
  const [earlier, setEarlier] = useState<{ loading: boolean; error: string | null }>({ loading: false, error: null });
  const page = data?.conversation;
  // The server answers newest first; the conversation reads oldest at the top.
  const messages = useMemo(() => (page ? [...page.nodes].reverse() : []), [page]);
  const hasOlder = page?.pageInfo.hasNextPage ?? false;
  const customer = data?.customer;

  useMarkReadOnArrival(customerId, messages);

  const scroll = useRef<HTMLDivElement>(null);
  const nearBottom = useRef(true);
  const lastId = useRef<string | undefined>(undefined);
  const firstId = useRef<string | undefined>(undefined);
  const keepFromBottom = useRef<number | null>(null);
  useLayoutEffect(() => {
    const el = scroll.current;
    const first = messages[0]?.id;
    const last = messages.at(-1)?.id;
    if (el) {
      if (keepFromBottom.current !== null && first !== firstId.current) {
        // Earlier messages went in above: keep the one being read where it was.
        el.scrollTop = el.scrollHeight - keepFromBottom.current;
        keepFromBottom.current = null;
      } else if (last !== lastId.current && (nearBottom.current || messages.at(-1)?.fromTeam)) {
        el.scrollTop = el.scrollHeight;
      }
    }
    firstId.current = first;
    lastId.current = last;
  }, [messages]);

  const loadOlder = async () => {
    // Earlier messages go in above: keep the one being read where it is.
    if (scroll.current) keepFromBottom.current = scroll.current.scrollHeight - scroll.current.scrollTop;
    setEarlier({ loading: true, error: null });
    try {
      await showEarlier();
      setEarlier({ loading: false, error: null });
    } catch (e) {
      keepFromBottom.current = null;
      setEarlier({ loading: false, error: errorInfo(e).message });
    }
  };

  if (!data) {
    if (error && errorInfo(error).code === "NOT_FOUND") {
      return (
        <Stack p="md" gap="md">
          <BackButton onBack={onBack} />
          <EmptyState
            title="Customer not found"
            description="This customer does not exist, or is not one of your facility's customers."
          />
        </Stack>
      );
    }
    if (error && !loading) {
      return (
        <Stack p="md" gap="md">
          <BackButton onBack={onBack} />
          <QueryErrorAlert title="Could not load this conversation" error={error} onRetry={refetch} />
        </Stack>
      );
    }
    return <ConversationSkeleton />;
  }

  const name = customer?.name ?? "Customer";
  return (
    <>
      <Group
        gap="sm"
        px="md"
        py="sm"
        wrap="nowrap"
        style={{ borderBottom: "1px solid var(--mantine-color-default-border)" }}
      >
        <BackButton onBack={onBack} />
        <Avatar size={36} radius="xl" color="portico" aria-hidden>
          {initials(name)}
        </Avatar>
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Title order={2} fz="md" lineClamp={1}>
            <Anchor component={Link} to={`/customers/${customerId}`} c="inherit" inherit>
              {name}
            </Anchor>
          </Title>
          {customer?.email && (
            <Text size="xs" c="dimmed" truncate>
              {customer.email}
            </Text>
          )}
        </Stack>
      </Group>

      <div
        ref={scroll}
        className={classes.scroll}
        onScroll={(e) => {
          const el = e.currentTarget;
          nearBottom.current = el.scrollHeight - el.scrollTop - el.clientHeight < 80;
        }}
        role="log"
        aria-label={`Conversation with ${name}`}
      >
        {error && (
          <Box p="sm">
            <QueryErrorAlert title="Could not refresh this conversation" error={error} onRetry={refetch} />
          </Box>
        )}
        {messages.length === 0 ? (
          <EmptyState
            py={48}
            px="md"
            icon={<IconMessages size={28} />}
            withIndicatorBackground
            title={`No messages with ${name} yet`}
            description={`Write the first one below. ${name} and their portal contacts get it by email and can answer from the portal.`}
          />
        ) : (
          <Stack gap={4} p="md">
            {hasOlder && (
              <Center mb="sm">
                {earlier.loading ? (
                  <Loader size="sm" aria-label="Loading earlier messages" />
                ) : (
                  <Button variant="subtle" size="xs" onClick={loadOlder}>
                    {earlier.error ? "Could not load. Try again" : "Show earlier messages"}
                  </Button>
                )}
              </Center>
            )}
            <MessageList messages={messages} now={now} />
          </Stack>
        )}
      </div>

      <Composer
        key={customerId}
        customerId={customerId}
        customerName={name}
        onSent={() => {
          nearBottom.current = true;
        }}
      />
    </>
  );
}

function MessageList({ messages, now }: { messages: MessageFieldsFragment[]; now: Date }) {
  return messages.map((message, i) => {
    const at = new Date(message.createdAt);
    const previous = messages[i - 1];
    const previousAt = previous ? new Date(previous.createdAt) : null;
    const newDay = !previousAt || !isSameDay(wallClockIn(previousAt), wallClockIn(at));
    const showAuthor =
      newDay ||
      previous?.authorName !== message.authorName ||
      previous?.fromTeam !== message.fromTeam ||
      at.getTime() - (previousAt?.getTime() ?? 0) > GROUP_GAP_MS;
    return (
      <Fragment key={message.id}>
        {newDay && (
          <Divider
            my="sm"
            labelPosition="center"
            label={
              <Text size="xs" c="dimmed" fw={500}>
                {dayLabel(at, now)}
              </Text>
            }
          />
        )}
        <div
          className={classes.bubbleRow}
          data-team={message.fromTeam || undefined}
          style={{ marginTop: showAuthor && !newDay ? 8 : 0 }}
        >
          {showAuthor && (
            <Text size="xs" c="dimmed" fw={500} mb={2} px={4}>
              {message.fromTeam ? `${message.authorName} · Team` : message.authorName}
            </Text>
          )}
          <div className={classes.bubble}>
            <Text size="sm" span>
              {message.body}
            </Text>
            <time className={classes.bubbleTime} dateTime={message.createdAt} title={dateTime(at)}>
              {clockTimeLabelled(at)}
            </time>
          </div>
        </div>
      </Fragment>
    );
  });
}

function BackButton({ onBack }: { onBack: () => void }) {
  return (
    <Button
      className={classes.back}
      variant="subtle"
      color="gray"
      size="compact-sm"
      px={4}
      leftSection={<IconArrowLeft size={16} />}
      onClick={onBack}
      aria-label="All conversations"
    >
      <Text span size="sm" visibleFrom="xs">
        Inbox
      </Text>
    </Button>
  );
}

/**
 * Opening a conversation marks it read, and so does a new message from the customer arriving while
 * it is open — but only once someone can see it: a background tab waits until it is shown again.
 */
function useMarkReadOnArrival(customerId: string, messages: MessageFieldsFragment[]) {
  const [markRead] = useMarkConversationRead();
  const lastFromCustomer = messages.findLast((m) => !m.fromTeam)?.id;
  const marked = useRef<string | null>(null);
  useEffect(() => {
    if (!lastFromCustomer) return;
    const key = `${customerId}:${lastFromCustomer}`;
    if (marked.current === key) return;
    const mark = () => {
      if (document.visibilityState !== "visible" || marked.current === key) return;
      marked.current = key;
      markRead({ variables: { customerId } }).catch(() => {
        // Left unread; the next poll or visit tries again.
        marked.current = null;
      });
    };
    mark();
    document.addEventListener("visibilitychange", mark);
    return () => document.removeEventListener("visibilitychange", mark);
  }, [customerId, lastFromCustomer, markRead]);
}

function ConversationSkeleton() {
  return (
    <Stack p="md" gap="md" aria-busy="true" aria-label="Loading conversation">
      <Group gap="sm">
        <Skeleton circle height={36} />
        <Skeleton height={14} width={180} />
      </Group>
      <Skeleton height={40} width="55%" radius="lg" />
      <Skeleton height={40} width="45%" radius="lg" ml="auto" />
      <Skeleton height={56} width="60%" radius="lg" />
    </Stack>
  );
}
