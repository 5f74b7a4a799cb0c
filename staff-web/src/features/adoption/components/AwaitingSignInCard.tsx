import {
  Anchor,
  Badge,
  Button,
  Card,
  EmptyState,
  Group,
  SegmentedControl,
  Skeleton,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { relativeTime } from "@portico/web-core/time";
import { IconBellRinging, IconConfetti } from "@tabler/icons-react";
import { useState } from "react";
import { Link } from "react-router";
import { ConfirmDialog } from "../../../components/ConfirmDialog";
import { QueryErrorAlert } from "../../../components/QueryErrorAlert";
import { useNow } from "../../../lib/use-now";
import { DELIVERY_BADGE } from "../../invites/portal-status";
import { useAwaitingSignIn } from "../api/awaiting-sign-in";
import { useRemindWaitingInvites } from "../api/remind-waiting";
import { remindResultLine } from "./remind-result";

/** How long ago the invite went out; "0" is everyone waiting, however recent their invite. */
const DAY_CHOICES = [
  { value: "0", label: "All" },
  { value: "3", label: "3+ days" },
  { value: "7", label: "7+ days" },
  { value: "30", label: "30+ days" },
];

/** How many one "Remind all" goes through; the server's cap. */
const REMIND_AT_ONCE = 500;

/** "12", "1,000+" when the server stopped counting. */
const waitingCount = (page: { totalCount: number; totalIsCapped: boolean }) =>
  `${page.totalCount.toLocaleString("en-US")}${page.totalIsCapped ? "+" : ""}`;

/** The people invited a while ago who have not signed in yet, oldest first: who to follow up with. */
export function AwaitingSignInCard() {
  const [days, setDays] = useState("7");
  const { data, loading, error, refetch, fetchMore } = useAwaitingSignIn(Number(days));
  const now = useNow();
  const page = data?.awaitingSignIn;
  const [remindAll] = useRemindWaitingInvites();
  const [confirming, setConfirming] = useState(false);
  const waiting = page?.totalCount ?? 0;

  const remind = async () => {
    const { data: done } = await remindAll({ variables: { olderThanDays: Number(days) } });
    const result = done?.remindWaitingInvites;
    if (!result) return;
    notifications.show({
      color: result.reminded > 0 ? "green" : "yellow",
      title: result.more ? "More people wait" : undefined,
      message: result.more
        ? `${remindResultLine(result)}. Press Remind all again for the next ${REMIND_AT_ONCE}.`
        : remindResultLine(result),
    });
  };

  const loadMore = () =>
    fetchMore({
      variables: { after: page?.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        awaitingSignIn: {
          ...fetchMoreResult.awaitingSignIn,
          nodes: [...previous.awaitingSignIn.nodes, ...fetchMoreResult.awaitingSignIn.nodes],
        },
      }),
    });

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="awaiting-title">
      <Stack gap="md">
        <Group justify="space-between" align="flex-end" gap="sm">
          <Stack gap={2}>
            <Group gap="xs">
              <Title order={2} size="h4" id="awaiting-title">
                Invited, not signed in
              </Title>
              {page && (
                <Badge
                  variant="light"
                  color={page.totalCount > 0 ? "orange" : "teal"}
                  aria-label={`${waitingCount(page)} people`}
                >
                  {waitingCount(page)}
                </Badge>
              )}
            </Group>
            <Text size="sm" c="dimmed">
              {days === "0"
                ? "Everyone invited who has not signed in yet, oldest invite first."
                : `People whose invite went out at least ${days} days ago, oldest first.`}
            </Text>
          </Stack>
          <Group gap="sm" wrap="wrap">
            <SegmentedControl
              aria-label="Invited at least this many days ago"
              data={DAY_CHOICES}
              value={days}
              onChange={setDays}
              size="xs"
            />
            <Button
              size="xs"
              leftSection={<IconBellRinging size={16} />}
              disabled={!page || waiting === 0}
              onClick={() => setConfirming(true)}
            >
              Remind all
            </Button>
          </Group>
        </Group>
        {confirming && page && (
          <ConfirmDialog
            title={`Send a reminder to ${waitingCount(page)} ${waiting === 1 && !page.totalIsCapped ? "person" : "people"}?`}
            confirmLabel="Send reminders"
            color="portico"
            onConfirm={remind}
            onClose={() => setConfirming(false)}
          >
            <Stack gap="xs">
              <Text size="sm">
                {days === "0"
                  ? "Everyone on this list gets a reminder now, by email or text as they chose, with a new link to the portal."
                  : `Everyone invited at least ${days} days ago who has not signed in gets a reminder now, by email or text as they chose, with a new link to the portal.`}
              </Text>
              <Text size="sm" c="dimmed">
                People reminded in the last hour, whose reminders were stopped or whose address bounced are skipped.
                {waiting > REMIND_AT_ONCE || page.totalIsCapped
                  ? ` Up to ${REMIND_AT_ONCE} are reminded at a time: press Remind all again for the rest.`
                  : ""}
              </Text>
            </Stack>
          </ConfirmDialog>
        )}
        {error && !page ? (
          <QueryErrorAlert title="Could not load who is waiting" error={error} onRetry={refetch} />
        ) : !page ? (
          <Stack gap="sm" aria-busy="true" aria-label="Loading who is waiting">
            {[0, 1, 2].map((i) => (
              <Skeleton key={i} height={44} radius="md" />
            ))}
          </Stack>
        ) : page.nodes.length === 0 ? (
          <EmptyState
            size="sm"
            py="lg"
            icon={<IconConfetti size={24} />}
            withIndicatorBackground
            title="Nobody is waiting"
            description={
              days === "0"
                ? "Everyone invited has signed in."
                : `Everyone invited ${days} or more days ago has signed in.`
            }
          />
        ) : (
          <Stack gap="md">
            <Stack
              gap={0}
              component="ul"
              aria-label="People waiting"
              style={{ listStyle: "none", margin: 0, padding: 0 }}
            >
              {page.nodes.map((person) => {
                const delivery = DELIVERY_BADGE[person.deliveryState];
                return (
                  <Group
                    key={person.invitationId}
                    component="li"
                    justify="space-between"
                    gap="sm"
                    py="sm"
                    wrap="wrap"
                    style={{ borderTop: "1px solid var(--mantine-color-gray-2)" }}
                  >
                    <Stack gap={0} style={{ minWidth: 0, flex: "1 1 220px" }}>
                      <Anchor component={Link} to={`/customers/${person.customerId}`} fw={600} size="sm">
                        {person.name}
                      </Anchor>
                      <Text size="xs" c="dimmed" truncate>
                        {person.contactId ? `${person.customerName}'s contact · ` : ""}
                        {person.email}
                      </Text>
                    </Stack>
                    <Group gap="xs" wrap="nowrap">
                      <Stack gap={0} align="flex-end">
                        <Text size="xs" c="dimmed">
                          Invited {relativeTime(new Date(person.invitedAt), now)}
                        </Text>
                        {person.lastReminderAt && (
                          <Text size="xs" c="dimmed">
                            Reminded {relativeTime(new Date(person.lastReminderAt), now)}
                          </Text>
                        )}
                      </Stack>
                      {person.remindersStoppedAt && (
                        <Badge variant="light" color="gray" size="sm">
                          Reminders stopped
                        </Badge>
                      )}
                      {person.linkOpenedAt ? (
                        <Badge variant="light" color="violet" size="sm">
                          Opened
                        </Badge>
                      ) : (
                        <Badge variant="light" color={delivery.color} size="sm">
                          {delivery.label}
                        </Badge>
                      )}
                    </Group>
                  </Group>
                );
              })}
            </Stack>
            {page.pageInfo.hasNextPage && (
              <Group justify="center">
                <Button variant="default" onClick={() => void loadMore()} loading={loading}>
                  Show more
                </Button>
              </Group>
            )}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
