import { Badge, Card, Group, Skeleton, Stack, Text } from "@mantine/core";
import { dateTime, relativeTime } from "@portico/web-core/time";
import { QueryErrorAlert } from "../../../components/QueryErrorAlert";
import { SectionHeader } from "../../../components/SectionHeader";
import { useNow } from "../../../lib/use-now";
import { REMINDERS_SHOWN, useCustomerReminders } from "../api/customer-reminders";
import { reminderChannel, reminderChannelLine, reminderItemLabel } from "./reminder-lines";

/**
 * The customer page's card: the day's reminders of contracts, invoices, estimates and events each of
 * the customer's people got, by email, by text or both, newest first.
 */
export function RemindersSentCard({ customerId }: { customerId: string }) {
  const { data, error, refetch } = useCustomerReminders(customerId);
  const now = useNow();
  const reminders = data?.customer.remindersSent;

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="reminders-sent-heading">
      <SectionHeader id="reminders-sent-heading" title="Reminders sent" />
      {error && !reminders ? (
        <QueryErrorAlert title="Could not load the reminders" error={error} onRetry={refetch} />
      ) : !reminders ? (
        <Stack gap="sm" aria-busy="true" aria-label="Loading reminders">
          <Skeleton height={36} radius="md" />
        </Stack>
      ) : reminders.length === 0 ? (
        <Text size="sm" c="dimmed">
          Reminders of contracts to sign, invoices due, estimates waiting and events tomorrow are listed here once they
          go out.
        </Text>
      ) : (
        <Stack gap="xs">
          <Stack
            gap="sm"
            component="ul"
            aria-label="Reminders sent"
            style={{ listStyle: "none", margin: 0, padding: 0 }}
          >
            {reminders.map((reminder) => {
              const at = new Date(reminder.at);
              const channel = reminderChannel(reminder);
              return (
                <Stack key={reminder.id} component="li" gap={2} data-testid="reminder-sent">
                  <Group gap="xs" wrap="nowrap" justify="space-between">
                    <Text size="sm" fw={600} truncate>
                      {reminder.name ?? "A removed contact"}
                    </Text>
                    <Badge size="sm" variant="light" color={channel === "Email" ? "blue" : "grape"}>
                      {channel}
                    </Badge>
                  </Group>
                  <Text size="sm">{reminder.items.map(reminderItemLabel).join(" · ")}</Text>
                  <Text size="xs" c="dimmed" style={{ overflowWrap: "anywhere" }}>
                    {reminderChannelLine(reminder)}
                  </Text>
                  <Text size="xs" c="dimmed" component="time" dateTime={reminder.at} title={dateTime(at)}>
                    {relativeTime(at, now)} · {dateTime(at)}
                  </Text>
                </Stack>
              );
            })}
          </Stack>
          {reminders.length === REMINDERS_SHOWN && (
            <Text size="xs" c="dimmed">
              The {REMINDERS_SHOWN} most recent.
            </Text>
          )}
        </Stack>
      )}
    </Card>
  );
}
