import { Avatar, Badge, Box, Button, EmptyState, Group, Skeleton, Stack, Text, UnstyledButton } from "@mantine/core";
import { dateTime } from "@portico/web-core/time";
import { IconInbox } from "@tabler/icons-react";
import type { MessageThreadFieldsFragment } from "../../../gql/graphql";
import { initials } from "../../../lib/initials";
import classes from "./Messages.module.css";
import { threadTime } from "./message-time";

type Props = {
  threads: MessageThreadFieldsFragment[];
  /** A conversation opened from a customer page that has no messages yet. */
  draft: { customerId: string; name: string } | null;
  selectedId: string | null;
  now: Date;
  onSelect: (customerId: string) => void;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
};

/** The inbox's conversations, newest activity first; unread ones in bold with their count. */
export function ThreadList({ threads, draft, selectedId, now, onSelect, hasMore, loadingMore, onLoadMore }: Props) {
  if (threads.length === 0 && !draft) {
    return (
      <EmptyState
        size="sm"
        py={48}
        px="md"
        icon={<IconInbox size={24} />}
        withIndicatorBackground
        title="No conversations yet"
        description="Messages customers send from the portal land here. To write first, open a customer and press Message."
      />
    );
  }
  return (
    <Box component="ul" aria-label="Conversations" m={0} p={0} style={{ listStyle: "none" }}>
      {draft && (
        <li>
          <UnstyledButton
            className={classes.threadRow}
            aria-current={draft.customerId === selectedId}
            onClick={() => onSelect(draft.customerId)}
          >
            <Avatar size={36} radius="xl" color="portico" aria-hidden>
              {initials(draft.name)}
            </Avatar>
            <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
              <Text size="sm" fw={600} truncate>
                {draft.name}
              </Text>
              <Text size="xs" c="dimmed" fs="italic">
                New conversation
              </Text>
            </Stack>
          </UnstyledButton>
        </li>
      )}
      {threads.map((thread) => {
        const unread = thread.unread > 0;
        const at = new Date(thread.lastAt);
        return (
          <li key={thread.customerId}>
            <UnstyledButton
              className={classes.threadRow}
              aria-current={thread.customerId === selectedId}
              onClick={() => onSelect(thread.customerId)}
              aria-label={`${thread.customerName}${unread ? `, ${thread.unread} unread` : ""}`}
            >
              <Avatar size={36} radius="xl" color={unread ? "portico" : "gray"} aria-hidden>
                {initials(thread.customerName)}
              </Avatar>
              <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
                <Group justify="space-between" gap="xs" wrap="nowrap">
                  <Text size="sm" fw={unread ? 700 : 500} truncate>
                    {thread.customerName}
                  </Text>
                  <Text
                    size="xs"
                    c={unread ? "portico.8" : "dimmed"}
                    fw={unread ? 600 : undefined}
                    title={dateTime(at)}
                    style={{ flexShrink: 0 }}
                  >
                    {threadTime(at, now)}
                  </Text>
                </Group>
                <Group justify="space-between" gap="xs" wrap="nowrap">
                  <Text size="xs" c={unread ? undefined : "dimmed"} fw={unread ? 600 : undefined} lineClamp={1}>
                    {thread.lastAuthor}: {thread.lastMessage}
                  </Text>
                  {unread && (
                    <Badge size="sm" circle={thread.unread < 10} variant="filled" style={{ flexShrink: 0 }}>
                      {thread.unread}
                    </Badge>
                  )}
                </Group>
              </Stack>
            </UnstyledButton>
          </li>
        );
      })}
      {hasMore && (
        <li>
          <Box p="sm">
            <Button variant="subtle" size="xs" fullWidth loading={loadingMore} onClick={onLoadMore}>
              Show more
            </Button>
          </Box>
        </li>
      )}
    </Box>
  );
}

export function ThreadListSkeleton() {
  return (
    <Stack gap={0} aria-busy="true" aria-label="Loading conversations">
      {[0, 1, 2, 3, 4].map((i) => (
        <Group key={i} gap="sm" px="md" py={10} wrap="nowrap">
          <Skeleton circle height={36} />
          <Stack gap={6} style={{ flex: 1 }}>
            <Skeleton height={12} width="60%" />
            <Skeleton height={10} width="85%" />
          </Stack>
        </Group>
      ))}
    </Stack>
  );
}
