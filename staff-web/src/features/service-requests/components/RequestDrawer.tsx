import {
  Anchor,
  Avatar,
  Badge,
  DataList,
  Divider,
  Drawer,
  Group,
  Paper,
  Skeleton,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { errorInfo } from "@portico/web-core/errors";
import { dateTime, relativeTime } from "@portico/web-core/time";
import { IconArrowRight } from "@tabler/icons-react";
import { Link } from "react-router";
import { QueryErrorAlert } from "../../../components/QueryErrorAlert";
import type { ServiceRequestDetailFieldsFragment } from "../../../gql/graphql";
import { initials } from "../../../lib/initials";
import { useServiceRequest } from "../api/service-request";
import { RequestUpdateForm } from "./RequestUpdateForm";
import { calendarDay, REQUEST_STATUS, REQUEST_TYPE } from "./request-labels";

type Props = { id: string | null; onClose: () => void };

/** One request in full: what was asked, the thread of replies and status changes, and the reply box. */
export function RequestDrawer({ id, onClose }: Props) {
  return (
    <Drawer
      opened={id !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title={<Text fw={650}>Service request</Text>}
      closeButtonProps={{ "aria-label": "Close" }}
    >
      {id && <RequestDetail key={id} id={id} />}
    </Drawer>
  );
}

function RequestDetail({ id }: { id: string }) {
  const { data, error, loading, refetch } = useServiceRequest(id);
  const request = data?.serviceRequest;
  if (!request) {
    if (error && errorInfo(error).code === "NOT_FOUND") {
      return (
        <Text size="sm" c="dimmed">
          This request does not exist, or is not one of your facility's.
        </Text>
      );
    }
    if (error && !loading)
      return <QueryErrorAlert title="Could not load this request" error={error} onRetry={refetch} />;
    return (
      <Stack gap="sm" aria-busy="true" aria-label="Loading request">
        <Skeleton height={24} width="50%" />
        <Skeleton height={90} />
        <Skeleton height={120} />
      </Stack>
    );
  }
  const status = REQUEST_STATUS[request.status];
  const created = new Date(request.createdAt);
  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <Group gap="xs">
          <Title order={2} fz="h3">
            {REQUEST_TYPE[request.type]}
          </Title>
          <Badge variant="light" color={status.color}>
            {status.label}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          Requested {relativeTime(created)} by {request.requestedByName}
        </Text>
      </Stack>

      <DataList labelWidth={130} gap="xs">
        <DataList.Item>
          <DataList.ItemLabel>Customer</DataList.ItemLabel>
          <DataList.ItemValue>
            <Anchor component={Link} to={`/customers/${request.customerId}`} size="sm">
              {request.customerName}
            </Anchor>
          </DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Car</DataList.ItemLabel>
          <DataList.ItemValue>
            {request.carName ?? (
              <Text span c="dimmed" size="sm">
                Not specified
              </Text>
            )}
          </DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Preferred date</DataList.ItemLabel>
          <DataList.ItemValue>
            {request.preferredDate ? (
              calendarDay(request.preferredDate)
            ) : (
              <Text span c="dimmed" size="sm">
                Any time
              </Text>
            )}
          </DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Requested</DataList.ItemLabel>
          <DataList.ItemValue>{dateTime(created)}</DataList.ItemValue>
        </DataList.Item>
      </DataList>

      <Stack gap="sm">
        <Title order={3} fz="sm" tt="uppercase" c="dimmed" fw={600}>
          Conversation
        </Title>
        <UpdateEntry
          author={request.requestedByName}
          fromStaff={false}
          at={request.createdAt}
          body={request.notes ?? "No notes."}
          muted={!request.notes}
        />
        {request.updates.map((update) => (
          <UpdateEntry
            key={update.id}
            author={update.authorName}
            fromStaff={update.fromStaff}
            at={update.createdAt}
            body={update.body}
            status={update.status}
          />
        ))}
      </Stack>

      <Divider />
      <RequestUpdateForm request={request} />
    </Stack>
  );
}

function UpdateEntry({
  author,
  fromStaff,
  at,
  body,
  status,
  muted,
}: {
  author: string;
  fromStaff: boolean;
  at: string;
  body: string | null;
  status?: ServiceRequestDetailFieldsFragment["status"] | null;
  muted?: boolean;
}) {
  const when = new Date(at);
  return (
    <Group gap="sm" align="flex-start" wrap="nowrap" component="article" aria-label={`${author}, ${dateTime(when)}`}>
      <Avatar size={30} radius="xl" color={fromStaff ? "portico" : "gray"} aria-hidden>
        {initials(author)}
      </Avatar>
      <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
        <Group gap={6} wrap="wrap">
          <Text size="sm" fw={600}>
            {author}
          </Text>
          {fromStaff && (
            <Badge size="xs" variant="light" color="portico">
              Team
            </Badge>
          )}
          <Text size="xs" c="dimmed" title={dateTime(when)}>
            {relativeTime(when)}
          </Text>
        </Group>
        {status && (
          <Group gap={4} wrap="nowrap">
            <IconArrowRight size={14} color="var(--mantine-color-dimmed)" aria-hidden />
            <Text size="xs" c="dimmed">
              Status
            </Text>
            <Badge size="xs" variant="light" color={REQUEST_STATUS[status].color}>
              {REQUEST_STATUS[status].label}
            </Badge>
          </Group>
        )}
        {body && (
          <Paper bg={fromStaff ? "portico.0" : "gray.0"} radius="md" px="sm" py={6}>
            <Text
              size="sm"
              c={muted ? "dimmed" : undefined}
              style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}
            >
              {body}
            </Text>
          </Paper>
        )}
      </Stack>
    </Group>
  );
}
