import {
  Anchor,
  Badge,
  Box,
  Button,
  Chip,
  Divider,
  EmptyState,
  Group,
  Paper,
  Skeleton,
  Stack,
  Text,
  ThemeIcon,
  Title,
  UnstyledButton,
} from "@mantine/core";
import { dateTime, relativeTime } from "@portico/web-core/time";
import { IconCalendar, IconCar, IconClipboardList, IconUser } from "@tabler/icons-react";
import { Fragment, type ReactNode } from "react";
import { Link, useSearchParams } from "react-router";
import { QueryErrorAlert } from "../../../components/QueryErrorAlert";
import type { ServiceRequestFieldsFragment } from "../../../gql/graphql";
import { useNow } from "../../../lib/use-now";
import { useServiceRequests } from "../api/service-requests";
import { RequestDrawer } from "./RequestDrawer";
import classes from "./Requests.module.css";
import { RequestTypeIcon } from "./RequestTypeIcon";
import {
  calendarDay,
  OPEN_STATUSES,
  parseStatusParam,
  REQUEST_STATUS,
  REQUEST_TYPE,
  STATUS_ORDER,
} from "./request-labels";

/** The team's queue of work customers asked for: open requests first, oldest first within each. */
export function RequestsPage() {
  const [params, setParams] = useSearchParams();
  const statuses = parseStatusParam(params.get("status"));
  const openId = params.get("request");
  const now = useNow();
  const { data, previousData, error, refetch, loading, loadMore } = useServiceRequests(statuses);
  const page = (data ?? previousData)?.serviceRequests;
  const requests = page?.nodes;
  const more = !!page?.pageInfo.hasNextPage;
  const stale = !data && !!previousData;

  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value === null) next.delete(key);
    else next.set(key, value);
    setParams(next);
  };
  const isDefault = statuses.length === OPEN_STATUSES.length && OPEN_STATUSES.every((s) => statuses.includes(s));
  const pick = (picked: string[]) =>
    setParam(
      "status",
      picked.length === 0
        ? "all"
        : isSameSet(picked, OPEN_STATUSES)
          ? null
          : STATUS_ORDER.filter((s) => picked.includes(s)).join(","),
    );

  const filterLabel =
    statuses.length === 0
      ? "all requests"
      : isDefault
        ? "open requests"
        : statuses.map((s) => REQUEST_STATUS[s].label.toLowerCase()).join(", ");

  return (
    <Stack gap="lg">
      <div>
        <Title order={1} className="page-title">
          Service requests
        </Title>
        <Text c="dimmed" size="sm" aria-live="polite">
          {requests ? `${requests.length === 0 ? "No" : requests.length}${more ? "+" : ""} ${filterLabel}` : "\u00a0"}
        </Text>
      </div>

      <Group gap="xs" role="group" aria-label="Filter by status">
        <Chip.Group multiple value={statuses} onChange={pick}>
          {STATUS_ORDER.map((s) => (
            <Chip key={s} value={s} size="sm" variant="outline" color={REQUEST_STATUS[s].color}>
              {REQUEST_STATUS[s].label}
            </Chip>
          ))}
        </Chip.Group>
        {!isDefault && (
          <Anchor component="button" type="button" size="sm" onClick={() => setParam("status", null)} ml={4}>
            Open only
          </Anchor>
        )}
      </Group>

      {error && !requests ? (
        <QueryErrorAlert title="Could not load requests" error={error} onRetry={refetch} />
      ) : !requests ? (
        <Paper withBorder radius="md" p="md" aria-busy="true" aria-label="Loading requests">
          <Stack gap="md">
            {[0, 1, 2].map((i) => (
              <Skeleton key={i} height={56} />
            ))}
          </Stack>
        </Paper>
      ) : requests.length === 0 ? (
        <Paper withBorder radius="md" py={48} px="md">
          <EmptyState
            icon={<IconClipboardList size={28} />}
            withIndicatorBackground
            title={isDefault ? "No open requests" : "No requests match these filters"}
            description={
              isDefault
                ? "When customers ask for detailing, service or a pick-up in the portal, their requests wait here."
                : "Pick other statuses above to see more."
            }
          />
        </Paper>
      ) : (
        <Paper
          withBorder
          radius="md"
          aria-busy={loading || stale}
          style={{ opacity: stale ? 0.6 : 1, transition: "opacity 150ms" }}
        >
          {error && (
            <Box p="sm">
              <QueryErrorAlert title="Could not refresh requests" error={error} onRetry={refetch} />
            </Box>
          )}
          <Box component="ul" m={0} p={0} style={{ listStyle: "none" }} aria-label="Service requests">
            {requests.map((request, i) => (
              <Fragment key={request.id}>
                {i > 0 && <Divider component="li" aria-hidden />}
                <RequestRow
                  request={request}
                  now={now}
                  open={request.id === openId}
                  onOpen={() => setParam("request", request.id)}
                />
              </Fragment>
            ))}
          </Box>
          {more && (
            <>
              <Divider />
              <Group justify="center" p="sm">
                <Button variant="default" size="sm" onClick={() => void loadMore()} loading={loading}>
                  Show more requests
                </Button>
              </Group>
            </>
          )}
        </Paper>
      )}

      <RequestDrawer id={openId} onClose={() => setParam("request", null)} />
    </Stack>
  );
}

function isSameSet(a: readonly string[], b: readonly string[]) {
  return a.length === b.length && a.every((x) => b.includes(x));
}

function RequestRow({
  request,
  now,
  open,
  onOpen,
}: {
  request: ServiceRequestFieldsFragment;
  now: Date;
  open: boolean;
  onOpen: () => void;
}) {
  const status = REQUEST_STATUS[request.status];
  const created = new Date(request.createdAt);
  const type = REQUEST_TYPE[request.type];
  return (
    // The whole row opens the request for a pointer; the title is the keyboard's way in.
    <Group
      component="li"
      gap="md"
      px={{ base: "sm", sm: "md" }}
      py="sm"
      wrap="nowrap"
      align="flex-start"
      onClick={onOpen}
      className={classes.row}
      mod={{ open }}
      aria-label={`${type} for ${request.customerName}, ${status.label}`}
    >
      <ThemeIcon variant="light" color={status.color} size={38} radius="md" aria-hidden visibleFrom="xs">
        <RequestTypeIcon type={request.type} />
      </ThemeIcon>
      <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
        <Group gap="xs" justify="space-between" wrap="nowrap" align="flex-start">
          <Group gap="xs" wrap="wrap">
            <UnstyledButton
              onClick={(e) => {
                e.stopPropagation();
                onOpen();
              }}
              fw={600}
              fz="sm"
              td="none"
            >
              {type}
            </UnstyledButton>
            <Badge size="sm" variant="light" color={status.color}>
              {status.label}
            </Badge>
          </Group>
          <Text
            size="xs"
            c={request.status === "NEW" ? "blue.8" : "dimmed"}
            title={dateTime(created)}
            style={{ flexShrink: 0 }}
          >
            {relativeTime(created, now)}
          </Text>
        </Group>
        <Group gap={6} wrap="wrap" style={{ rowGap: 2 }}>
          <Fact icon={<IconUser size={14} />}>
            <Anchor
              component={Link}
              to={`/customers/${request.customerId}`}
              size="xs"
              fw={500}
              onClick={(e) => e.stopPropagation()}
            >
              {request.customerName}
            </Anchor>
          </Fact>
          {request.carName && <Fact icon={<IconCar size={14} />}>{request.carName}</Fact>}
          <Fact icon={<IconCalendar size={14} />}>
            {request.preferredDate ? `Preferred ${calendarDay(request.preferredDate)}` : "Any date"}
          </Fact>
        </Group>
        {request.notes && (
          <Text size="xs" c="gray.7" lineClamp={2} style={{ overflowWrap: "anywhere" }}>
            {request.notes}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          Requested by {request.requestedByName}
        </Text>
      </Stack>
    </Group>
  );
}

function Fact({ icon, children }: { icon: ReactNode; children: ReactNode }) {
  return (
    <Group gap={4} wrap="nowrap" c="dimmed" style={{ minWidth: 0 }}>
      <Box component="span" display="flex" aria-hidden style={{ flexShrink: 0 }}>
        {icon}
      </Box>
      <Text span size="xs" c="gray.7">
        {children}
      </Text>
    </Group>
  );
}
