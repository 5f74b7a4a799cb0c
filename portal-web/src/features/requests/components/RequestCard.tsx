import { Badge, Card, Group, Stack, Text } from "@mantine/core";
import { IconCalendar, IconCar } from "@tabler/icons-react";
import type { ServiceRequestFieldsFragment } from "../../../gql/graphql";
import { formatDate, formatMoment } from "../../../lib/format";
import { RequestProgress } from "./RequestProgress";
import classes from "./RequestsPage.module.css";
import { requestStatusLook, requestTypeLabel } from "./request-labels";

function Updates({ updates }: { updates: ServiceRequestFieldsFragment["updates"] }) {
  if (updates.length === 0) return null;
  return (
    <ul className={classes.updates} aria-label="Updates">
      {updates.map((update) => (
        <li key={update.id} className={classes.update} data-staff={update.fromStaff || undefined}>
          <Group gap={6} wrap="wrap">
            <Text size="xs" fw={650}>
              {update.authorName}
              {update.fromStaff ? " · Team" : ""}
            </Text>
            <Text size="xs" c="dimmed">
              {formatMoment(update.createdAt)}
            </Text>
          </Group>
          {update.status && (
            <Text size="sm" c="dimmed">
              Moved to{" "}
              <Text span size="sm" fw={600} c="var(--mantine-color-text)">
                {requestStatusLook(update.status).label}
              </Text>
            </Text>
          )}
          {update.body && (
            <Text size="sm" className={classes.updateBody}>
              {update.body}
            </Text>
          )}
        </li>
      ))}
    </ul>
  );
}

export function RequestCard({
  request,
  highlight = false,
}: {
  request: ServiceRequestFieldsFragment;
  highlight?: boolean;
}) {
  const status = requestStatusLook(request.status);
  const titleId = `request-${request.id}`;
  return (
    <Card
      withBorder
      radius="lg"
      padding="lg"
      component="article"
      aria-labelledby={titleId}
      className={classes.card}
      data-highlight={highlight || undefined}
    >
      <Group justify="space-between" align="flex-start" gap="xs" mb={6}>
        <Text component="h3" fw={650} size="lg" id={titleId} className={classes.title}>
          {requestTypeLabel(request.type)}
        </Text>
        <Badge color={status.color} variant="light" radius="sm" tt="none" fw={600}>
          {status.label}
        </Badge>
      </Group>
      <Stack gap={4} mb="sm">
        {request.carName && (
          <Group gap={6} c="dimmed" wrap="nowrap">
            <IconCar size={15} aria-hidden />
            <Text size="sm">{request.carName}</Text>
          </Group>
        )}
        {request.preferredDate && (
          <Group gap={6} c="dimmed" wrap="nowrap">
            <IconCalendar size={15} aria-hidden />
            <Text size="sm">Preferred date: {formatDate(request.preferredDate)}</Text>
          </Group>
        )}
        <Text size="xs" c="dimmed">
          Requested {formatMoment(request.createdAt)} by {request.requestedByName}
        </Text>
      </Stack>
      {request.notes && (
        <Text size="sm" className={classes.notes}>
          {request.notes}
        </Text>
      )}
      <RequestProgress status={request.status} />
      <Updates updates={request.updates} />
    </Card>
  );
}
