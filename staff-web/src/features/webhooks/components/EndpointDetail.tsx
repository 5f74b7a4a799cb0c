import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Code,
  CopyButton,
  EmptyState,
  Group,
  Skeleton,
  Stack,
  Switch,
  Table,
  Text,
  Title,
  Tooltip,
  VisuallyHidden,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { errorInfo } from "@portico/web-core/errors";
import { dateTime } from "@portico/web-core/time";
import {
  IconAlertTriangle,
  IconArrowLeft,
  IconCheck,
  IconCopy,
  IconEye,
  IconEyeOff,
  IconRefresh,
  IconSend,
} from "@tabler/icons-react";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { ConfirmDialog } from "../../../components/ConfirmDialog";
import { QueryErrorAlert } from "../../../components/QueryErrorAlert";
import type { WebhookEndpointQuery } from "../../../gql/graphql";
import { useDeleteWebhookEndpoint } from "../api/delete-webhook-endpoint";
import { useResendWebhookDelivery } from "../api/resend-webhook-delivery";
import { useRotateWebhookSecret } from "../api/rotate-webhook-secret";
import { useSendTestWebhookEvent } from "../api/send-test-webhook-event";
import { useUpdateWebhookEndpoint } from "../api/update-webhook-endpoint";
import { useWebhookEndpoint } from "../api/webhook-endpoint";
import { EndpointFormModal } from "./EndpointFormModal";
import { DELIVERY_STATUS, endpointState, eventLabel, wireName } from "./webhook-events";

type Endpoint = WebhookEndpointQuery["webhookEndpoint"];
type Delivery = Endpoint["deliveries"]["nodes"][number];

const when = (iso: string | null | undefined) => (iso ? dateTime(new Date(iso)) : "—");

/** The signing secret, hidden until asked for, with copy and rotate. */
function SecretCard({ endpoint }: { endpoint: Endpoint }) {
  const [shown, setShown] = useState(false);
  const [rotating, setRotating] = useState(false);
  const [rotate] = useRotateWebhookSecret();
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-label="Signing secret">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={2}>
            <Title order={2} fz="h4">
              Signing secret
            </Title>
            <Text size="sm" c="dimmed" maw={620}>
              Each request carries <Code>Portico-Signature: t=…,v1=…</Code>: the hex HMAC-SHA256, with this secret, of
              the timestamp, a dot and the raw body. Check it, and that the timestamp is recent, before trusting an
              event.
            </Text>
          </Stack>
          <Button variant="default" size="xs" leftSection={<IconRefresh size={14} />} onClick={() => setRotating(true)}>
            Rotate secret
          </Button>
        </Group>
        <Group gap="xs" wrap="nowrap">
          <Code
            block
            style={{ flex: 1, minWidth: 0, overflowWrap: "anywhere", whiteSpace: "pre-wrap" }}
            data-testid="webhook-secret"
          >
            {shown ? endpoint.secret : `whsec_${"•".repeat(16)}`}
          </Code>
          <Tooltip label={shown ? "Hide" : "Reveal"}>
            <ActionIcon
              variant="default"
              size="lg"
              onClick={() => setShown((s) => !s)}
              aria-label={shown ? "Hide secret" : "Reveal secret"}
            >
              {shown ? <IconEyeOff size={16} /> : <IconEye size={16} />}
            </ActionIcon>
          </Tooltip>
          <CopyButton value={endpoint.secret} timeout={2000}>
            {({ copied, copy }) => (
              <Tooltip label={copied ? "Copied" : "Copy"}>
                <ActionIcon variant="default" size="lg" onClick={copy} aria-label="Copy secret">
                  {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                </ActionIcon>
              </Tooltip>
            )}
          </CopyButton>
        </Group>
      </Stack>
      {rotating && (
        <ConfirmDialog
          title="Rotate the signing secret?"
          confirmLabel="Rotate secret"
          onConfirm={async () => {
            await rotate({ variables: { id: endpoint.id } });
            setShown(true);
            notifications.show({ color: "green", message: "New secret made: update your receiver" });
          }}
          onClose={() => setRotating(false)}
        >
          Events from now on are signed with a new secret, and checks with the old one fail. Update your receiver
          straight away.
        </ConfirmDialog>
      )}
    </Card>
  );
}

function DeliveryStatus({ delivery }: { delivery: Delivery }) {
  const status = DELIVERY_STATUS[delivery.status];
  return (
    <>
      <Badge color={status.color} variant="light" style={{ flexShrink: 0 }}>
        {status.label}
      </Badge>
      {delivery.lastError && delivery.responseCode == null && delivery.status !== "SUCCEEDED" && (
        <Text size="xs" c="dimmed" mt={2} maw={240} style={{ overflowWrap: "anywhere" }}>
          {delivery.lastError}
        </Text>
      )}
      {delivery.nextAttemptAt && delivery.attempts > 0 && (
        <Text size="xs" c="dimmed" mt={2}>
          Retry {when(delivery.nextAttemptAt)}
        </Text>
      )}
    </>
  );
}

function DeliveryRow({ delivery }: { delivery: Delivery }) {
  const [resend, { loading }] = useResendWebhookDelivery();
  const answer = delivery.responseCode ? `HTTP ${delivery.responseCode}` : delivery.attempts > 0 ? "No answer" : "—";
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" fw={500}>
          {eventLabel(delivery.eventType)}
        </Text>
        <Text size="xs" c="dimmed" ff="monospace">
          {wireName(delivery.eventType)}
        </Text>
        {/* On a phone the time, status and answer sit under the event, so the row fits without scrolling. */}
        <Stack gap={2} mt={6} align="flex-start" hiddenFrom="sm">
          <Text size="xs" c="dimmed">
            {when(delivery.createdAt)} · {answer}
          </Text>
          <DeliveryStatus delivery={delivery} />
        </Stack>
      </Table.Td>
      <Table.Td visibleFrom="sm">
        <Text size="sm">{when(delivery.createdAt)}</Text>
      </Table.Td>
      <Table.Td visibleFrom="sm">
        <DeliveryStatus delivery={delivery} />
      </Table.Td>
      <Table.Td visibleFrom="sm">
        <Text size="sm">{answer}</Text>
        <Text size="xs" c="dimmed">
          {delivery.attempts} attempt{delivery.attempts === 1 ? "" : "s"}
        </Text>
      </Table.Td>
      <Table.Td ta="right">
        <Button
          variant="subtle"
          size="compact-sm"
          leftSection={<IconSend size={14} />}
          loading={loading}
          aria-label={`Resend ${eventLabel(delivery.eventType)} of ${when(delivery.createdAt)}`}
          onClick={async () => {
            try {
              await resend({ variables: { id: delivery.id } });
              notifications.show({ color: "green", message: "Queued again: it goes out in a moment" });
            } catch (e) {
              notifications.show({ color: "red", message: errorInfo(e).message });
            }
          }}
        >
          Resend
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}

/** Settings → Webhooks → one endpoint: state, secret, events, the delivery log, delete. */
export function EndpointDetail({ id }: { id: string }) {
  const { data, error, loading, refetch, fetchMore } = useWebhookEndpoint(id);
  const [update, updating] = useUpdateWebhookEndpoint();
  const [remove] = useDeleteWebhookEndpoint();
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const endpoint = data?.webhookEndpoint;

  const back = (
    <Anchor component={Link} to="/settings/webhooks" size="sm" fw={500}>
      <Group gap={4} component="span">
        <IconArrowLeft size={14} />
        Webhooks
      </Group>
    </Anchor>
  );

  if (!endpoint) {
    return (
      <Stack gap="lg">
        {back}
        {error ? (
          <QueryErrorAlert title="Could not load the endpoint" error={error} onRetry={() => refetch()} />
        ) : (
          <Stack gap="md" aria-busy="true" aria-label="Loading the endpoint">
            <Skeleton height={32} width="60%" />
            <Skeleton height={120} radius="md" />
            <Skeleton height={200} radius="md" />
          </Stack>
        )}
      </Stack>
    );
  }

  const state = endpointState(endpoint);
  const page = endpoint.deliveries;
  const setEnabled = async (enabled: boolean) => {
    try {
      await update({ variables: { id: endpoint.id, input: { enabled } } });
      notifications.show({ color: "green", message: enabled ? "Endpoint turned on" : "Endpoint turned off" });
    } catch (e) {
      notifications.show({ color: "red", message: errorInfo(e).message });
    }
  };
  const loadMore = () =>
    fetchMore({
      variables: { after: page.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        webhookEndpoint: {
          ...fetchMoreResult.webhookEndpoint,
          deliveries: {
            ...fetchMoreResult.webhookEndpoint.deliveries,
            nodes: [...previous.webhookEndpoint.deliveries.nodes, ...fetchMoreResult.webhookEndpoint.deliveries.nodes],
          },
        },
      }),
    });

  return (
    <Stack gap="xl">
      <Stack gap="xs">
        {back}
        <Group justify="space-between" align="flex-start" gap="md">
          <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
            <Group gap="sm" wrap="nowrap" align="center">
              <Title
                order={1}
                className="page-title"
                ff="monospace"
                fz={{ base: "h4", sm: "h3" }}
                style={{ overflowWrap: "anywhere" }}
              >
                {endpoint.url}
              </Title>
              <Badge color={state.color} variant="light" style={{ flexShrink: 0 }}>
                {state.label}
              </Badge>
            </Group>
            {endpoint.description && (
              <Text size="sm" c="dimmed">
                {endpoint.description}
              </Text>
            )}
            <Text size="xs" c="dimmed">
              Added {when(endpoint.createdAt)}
            </Text>
          </Stack>
          <Switch
            label="Send events"
            checked={endpoint.enabled}
            disabled={updating.loading}
            onChange={(e) => void setEnabled(e.currentTarget.checked)}
          />
        </Group>
      </Stack>

      {endpoint.disabledReason && (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle size={18} />}
          title="Portico turned this endpoint off"
        >
          Events stopped because {endpoint.disabledReason}. Fix the receiver, turn the endpoint back on, then resend the
          events you need from the log below.
        </Alert>
      )}
      {endpoint.enabled && endpoint.failingSince && (
        <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />}>
          Deliveries have been failing since {when(endpoint.failingSince)}. Portico keeps retrying; after 3 days of
          failures the endpoint is turned off.
        </Alert>
      )}

      <SecretCard endpoint={endpoint} />

      <Card withBorder radius="md" padding="lg" component="section" aria-label="Events">
        <Group justify="space-between" align="flex-start" gap="sm" mb="sm">
          <Title order={2} fz="h4">
            Events
          </Title>
          <Button variant="default" size="xs" onClick={() => setEditing(true)}>
            Edit endpoint
          </Button>
        </Group>
        <Group gap={6}>
          {endpoint.events.map((type) => (
            <Badge key={type} variant="default" tt="none" fw={500}>
              {wireName(type)}
            </Badge>
          ))}
        </Group>
      </Card>

      <Card withBorder radius="md" padding="lg" component="section" aria-label="Delivery log">
        <Group justify="space-between" align="flex-start" gap="sm" mb="sm">
          <Stack gap={2}>
            <Title order={2} fz="h4">
              Delivery log
            </Title>
            <Text size="sm" c="dimmed">
              The last 30 days, newest first. Failed attempts are retried for about two and a half days.
            </Text>
          </Stack>
          <Group gap="xs">
            <SendTestEventButton endpointId={endpoint.id} enabled={endpoint.enabled} />
            <Button
              variant="default"
              size="xs"
              leftSection={<IconRefresh size={14} />}
              loading={loading}
              onClick={() => void refetch()}
            >
              Refresh
            </Button>
          </Group>
        </Group>
        {page.nodes.length === 0 ? (
          <EmptyState
            size="sm"
            py="xl"
            icon={<IconSend size={24} />}
            withIndicatorBackground
            title="No deliveries yet"
            description="Each event this endpoint listens to appears here once it happens."
          />
        ) : (
          <Stack gap="md">
            <Table.ScrollContainer minWidth={320}>
              <Table verticalSpacing="sm" horizontalSpacing="sm" aria-label="Deliveries">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Event</Table.Th>
                    <Table.Th visibleFrom="sm">Created</Table.Th>
                    <Table.Th visibleFrom="sm">Status</Table.Th>
                    <Table.Th visibleFrom="sm">Response</Table.Th>
                    <Table.Th w={100}>
                      <VisuallyHidden>Actions</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {page.nodes.map((delivery) => (
                    <DeliveryRow key={delivery.id} delivery={delivery} />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {page.pageInfo.hasNextPage && (
              <Group justify="center">
                <Button variant="default" onClick={() => void loadMore()} loading={loading}>
                  Show older
                </Button>
              </Group>
            )}
          </Stack>
        )}
      </Card>

      <Card withBorder radius="md" padding="lg" component="section" aria-label="Delete endpoint">
        <Group justify="space-between" gap="sm">
          <Stack gap={2}>
            <Text size="sm" fw={600}>
              Delete this endpoint
            </Text>
            <Text size="sm" c="dimmed">
              Events stop at once, and its delivery log is deleted with it.
            </Text>
          </Stack>
          <Button color="red" variant="light" onClick={() => setDeleting(true)}>
            Delete endpoint
          </Button>
        </Group>
      </Card>

      {editing && (
        <EndpointFormModal
          endpoint={{
            id: endpoint.id,
            url: endpoint.url,
            description: endpoint.description,
            events: endpoint.events,
          }}
          onClose={() => setEditing(false)}
        />
      )}
      {deleting && (
        <ConfirmDialog
          title="Delete this endpoint?"
          confirmLabel="Delete endpoint"
          onConfirm={async () => {
            await remove({ variables: { id: endpoint.id } });
            notifications.show({ color: "green", message: "Endpoint deleted" });
            navigate("/settings/webhooks");
          }}
          onClose={() => setDeleting(false)}
        >
          {`Portico stops posting events to ${endpoint.url} and deletes its delivery log. This cannot be undone.`}
        </ConfirmDialog>
      )}
    </Stack>
  );
}

/** Sends a webhook.test event now, to try the receiver and its signature check before real events. */
function SendTestEventButton({ endpointId, enabled }: { endpointId: string; enabled: boolean }) {
  const [send, { loading }] = useSendTestWebhookEvent();
  return (
    <Tooltip label="Turn the endpoint on to send it a test event" disabled={enabled}>
      <Button
        variant="default"
        size="xs"
        leftSection={<IconSend size={14} />}
        loading={loading}
        // A disabled button hears no pointer, so its tooltip would never show: it only looks disabled.
        data-disabled={!enabled || undefined}
        onClick={async (event) => {
          if (!enabled) return event.preventDefault();
          try {
            await send({ variables: { endpointId } });
            notifications.show({ color: "green", message: "Test event queued: it goes out in a moment" });
          } catch (e) {
            notifications.show({ color: "red", message: errorInfo(e).message });
          }
        }}
      >
        Send test event
      </Button>
    </Tooltip>
  );
}
