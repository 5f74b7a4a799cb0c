import { Anchor, Badge, Card, EmptyState, Group, Skeleton, Stack, Text, ThemeIcon } from "@mantine/core";
import { dateTime, relativeTime } from "@portico/web-core/time";
import { IconClipboardList } from "@tabler/icons-react";
import { Link } from "react-router";
import { QueryErrorAlert } from "../../../components/QueryErrorAlert";
import { SectionHeader } from "../../../components/SectionHeader";
import { useNow } from "../../../lib/use-now";
import { useCustomerServiceRequests } from "../api/customer-service-requests";
import { RequestTypeIcon } from "./RequestTypeIcon";
import { calendarDay, OPEN_STATUSES, REQUEST_STATUS, REQUEST_TYPE } from "./request-labels";

/** The customer page's card: the work this customer asked for, newest first; each opens in the queue. */
export function CustomerRequestsSection({ customerId }: { customerId: string }) {
  const { data, loading, error, refetch } = useCustomerServiceRequests(customerId);
  const now = useNow();
  const requests = data?.customer.serviceRequests ?? [];
  const open = requests.filter((r) => OPEN_STATUSES.includes(r.status)).length;

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="service-requests-heading">
      <SectionHeader id="service-requests-heading" title="Service requests" count={open} />
      {error && !data ? (
        <QueryErrorAlert title="Could not load the service requests" error={error} onRetry={refetch} />
      ) : loading && !data ? (
        <Stack gap="sm" aria-busy="true" aria-label="Loading service requests">
          <Skeleton height={44} radius="md" />
          <Skeleton height={44} radius="md" />
        </Stack>
      ) : requests.length === 0 ? (
        <EmptyState
          size="sm"
          py="lg"
          icon={<IconClipboardList size={24} />}
          withIndicatorBackground
          title="No service requests"
          description="Work the customer asks for from the portal shows here and in the Requests queue."
        />
      ) : (
        <Stack gap="sm" component="ul" style={{ listStyle: "none", margin: 0, padding: 0 }}>
          {requests.map((request) => {
            const status = REQUEST_STATUS[request.status];
            const type = REQUEST_TYPE[request.type];
            const created = new Date(request.createdAt);
            return (
              <Group component="li" key={request.id} gap="sm" wrap="nowrap" align="flex-start">
                <ThemeIcon variant="light" color={status.color} size={34} radius="md" aria-hidden>
                  <RequestTypeIcon type={request.type} size={18} />
                </ThemeIcon>
                <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
                  <Group gap="xs" justify="space-between" wrap="nowrap" align="flex-start">
                    <Group gap="xs" wrap="wrap">
                      <Anchor
                        component={Link}
                        to={`/requests?status=all&request=${encodeURIComponent(request.id)}`}
                        fw={600}
                        size="sm"
                      >
                        {type}
                        {request.carName ? ` · ${request.carName}` : ""}
                      </Anchor>
                      <Badge size="sm" variant="light" color={status.color}>
                        {status.label}
                      </Badge>
                    </Group>
                    <Text size="xs" c="dimmed" title={dateTime(created)} style={{ flexShrink: 0 }}>
                      {relativeTime(created, now)}
                    </Text>
                  </Group>
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    {[
                      request.preferredDate ? `Preferred ${calendarDay(request.preferredDate)}` : "Any date",
                      `asked by ${request.requestedByName}`,
                      request.notes,
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                  </Text>
                </Stack>
              </Group>
            );
          })}
        </Stack>
      )}
    </Card>
  );
}
