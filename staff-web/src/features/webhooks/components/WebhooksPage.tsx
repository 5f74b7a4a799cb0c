import { Badge, Button, Card, EmptyState, Group, Skeleton, Stack, Text, Title, UnstyledButton } from "@mantine/core";
import { IconChevronRight, IconPlus, IconWebhook } from "@tabler/icons-react";
import { useState } from "react";
import { useNavigate } from "react-router";
import { DividedList } from "../../../components/DividedList";
import { QueryErrorAlert } from "../../../components/QueryErrorAlert";
import { useWebhookEndpoints } from "../api/webhook-endpoints";
import { EndpointFormModal } from "./EndpointFormModal";
import { endpointState } from "./webhook-events";

/** Settings → Webhooks: the facility's endpoints, each opening its secret and delivery log. */
export function WebhooksPage() {
  const { data, error, refetch } = useWebhookEndpoints();
  const navigate = useNavigate();
  const [adding, setAdding] = useState(false);
  const endpoints = data?.webhookEndpoints;

  return (
    <Stack gap="xl">
      <Group justify="space-between" align="flex-end" gap="md">
        <Stack gap={4}>
          <Text size="sm" c="dimmed" fw={500}>
            Settings
          </Text>
          <Title order={1} className="page-title">
            Webhooks
          </Title>
          <Text size="sm" c="dimmed" maw={640}>
            Portico posts events (invites, customers, invoices, signatures, messages and requests) to your systems as
            they happen, signed so you can check they came from Portico.
          </Text>
        </Stack>
        {endpoints && endpoints.length > 0 && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>
            Add endpoint
          </Button>
        )}
      </Group>
      <Card withBorder radius="md" padding="lg" component="section" aria-label="Webhook endpoints">
        {error && !endpoints ? (
          <QueryErrorAlert title="Could not load the endpoints" error={error} onRetry={() => refetch()} />
        ) : !endpoints ? (
          <Stack gap="md" aria-busy="true" aria-label="Loading the endpoints">
            {[0, 1].map((i) => (
              <Skeleton key={i} height={48} radius="md" />
            ))}
          </Stack>
        ) : endpoints.length === 0 ? (
          <EmptyState
            size="sm"
            py="xl"
            icon={<IconWebhook size={24} />}
            withIndicatorBackground
            title="No webhook endpoints yet"
            description="Add an endpoint to have Portico post events to your CRM, accounting or chat tools."
          >
            <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>
              Add endpoint
            </Button>
          </EmptyState>
        ) : (
          <DividedList items={endpoints} getKey={(endpoint) => endpoint.id}>
            {(endpoint) => {
              const state = endpointState(endpoint);
              return (
                <li>
                  <UnstyledButton
                    onClick={() => navigate(`/settings/webhooks/${endpoint.id}`)}
                    w="100%"
                    py="sm"
                    aria-label={`Open ${endpoint.url}`}
                  >
                    <Group justify="space-between" wrap="nowrap" gap="md">
                      <Stack gap={2} style={{ minWidth: 0 }}>
                        <Text size="sm" fw={600} ff="monospace" truncate="end">
                          {endpoint.url}
                        </Text>
                        <Text size="xs" c="dimmed" truncate="end">
                          {[
                            endpoint.description,
                            `${endpoint.events.length} event${endpoint.events.length === 1 ? "" : "s"}`,
                          ]
                            .filter(Boolean)
                            .join(" · ")}
                        </Text>
                      </Stack>
                      <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
                        <Badge color={state.color} variant="light" style={{ flexShrink: 0 }}>
                          {state.label}
                        </Badge>
                        <IconChevronRight size={16} aria-hidden />
                      </Group>
                    </Group>
                  </UnstyledButton>
                </li>
              );
            }}
          </DividedList>
        )}
      </Card>
      {adding && (
        <EndpointFormModal onClose={() => setAdding(false)} onCreated={(id) => navigate(`/settings/webhooks/${id}`)} />
      )}
    </Stack>
  );
}
