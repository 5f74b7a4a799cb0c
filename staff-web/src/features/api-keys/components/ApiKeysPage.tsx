import { Badge, Button, Card, EmptyState, Group, Stack, Table, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { dateTime } from "@portico/web-core/time";
import { IconKey, IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { ConfirmDialog } from "../../../components/ConfirmDialog";
import { QueryErrorAlert } from "../../../components/QueryErrorAlert";
import type { ApiKeysQuery } from "../../../gql/graphql";
import { useApiKeys } from "../api/api-keys";
import { useRevokeApiKey } from "../api/revoke-api-key";
import { CreateApiKeyModal } from "./CreateApiKeyModal";

type Key = ApiKeysQuery["apiKeys"][number];

const when = (iso: string) => dateTime(new Date(iso));

function ScopeBadge({ scope }: { scope: Key["scope"] }) {
  return scope === "READ_WRITE" ? (
    <Badge color="orange" variant="light">
      Read and write
    </Badge>
  ) : (
    <Badge color="blue" variant="light">
      Read only
    </Badge>
  );
}

/** `labelled` says "Last used" before the time, where no column heading does (on a phone). */
function LastUsed({ apiKey, labelled = false }: { apiKey: Key; labelled?: boolean }) {
  if (!apiKey.lastUsedAt) {
    return (
      <Text size="sm" c="dimmed">
        Never used
      </Text>
    );
  }
  return (
    <div>
      <Text size="sm">
        {labelled ? "Last used " : ""}
        {when(apiKey.lastUsedAt)}
      </Text>
      {apiKey.lastUsedFrom && (
        <Text size="xs" c="dimmed" ff="monospace">
          from {apiKey.lastUsedFrom}
        </Text>
      )}
    </div>
  );
}

function KeyRow({ apiKey }: { apiKey: Key }) {
  const [revoke] = useRevokeApiKey();
  const [confirming, setConfirming] = useState(false);
  const revoked = apiKey.revokedAt !== null;

  return (
    <Table.Tr data-testid={`api-key-${apiKey.id}`} style={revoked ? { opacity: 0.65 } : undefined}>
      <Table.Td>
        <Text size="sm" fw={500} style={{ overflowWrap: "anywhere" }}>
          {apiKey.name}
        </Text>
        <Text size="xs" c="dimmed" ff="monospace">
          pk_live_…{apiKey.hint}
        </Text>
        <Text size="xs" c="dimmed">
          Created {when(apiKey.createdAt)}
          {apiKey.createdByName ? ` by ${apiKey.createdByName}` : ""}
        </Text>
        {/* On a phone the access and last use sit under the name, so the row fits without scrolling sideways. */}
        <Stack gap={4} mt={6} align="flex-start" hiddenFrom="sm">
          <ScopeBadge scope={apiKey.scope} />
          <LastUsed apiKey={apiKey} labelled />
        </Stack>
      </Table.Td>
      <Table.Td visibleFrom="sm">
        <ScopeBadge scope={apiKey.scope} />
      </Table.Td>
      <Table.Td visibleFrom="sm">
        <LastUsed apiKey={apiKey} />
      </Table.Td>
      <Table.Td ta="right">
        {revoked ? (
          <Stack gap={0} align="flex-end">
            <Badge color="gray" variant="light">
              Revoked
            </Badge>
            <Text size="xs" c="dimmed" mt={2}>
              {when(apiKey.revokedAt as string)}
            </Text>
          </Stack>
        ) : (
          <Button variant="subtle" color="red" size="xs" onClick={() => setConfirming(true)}>
            Revoke
          </Button>
        )}
        {confirming && (
          <ConfirmDialog
            title={`Revoke “${apiKey.name}”?`}
            confirmLabel="Revoke key"
            onConfirm={async () => {
              await revoke({ variables: { id: apiKey.id } });
              notifications.show({ color: "green", message: `“${apiKey.name}” is revoked` });
            }}
            onClose={() => setConfirming(false)}
          >
            {`Anything using this key is refused from its next request. This cannot be undone: to reconnect, create a new key.`}
          </ConfirmDialog>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/** Settings → API keys: admins create keys for other software, see when each was last used, revoke them. */
export function ApiKeysPage() {
  const keys = useApiKeys();
  const [creating, setCreating] = useState(false);
  const list = keys.data?.apiKeys ?? [];
  const loaded = Boolean(keys.data);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2} fz="h3">
            API keys
          </Title>
          <Text size="sm" c="dimmed" maw={620}>
            Keys let your other software use this facility's data through Portico's API. Each key is shown once, when it
            is created; revoke one here the moment it is no longer needed.
          </Text>
        </div>
        {list.length > 0 && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            Create API key
          </Button>
        )}
      </Group>
      {keys.error && (
        <QueryErrorAlert title="Could not load the API keys" error={keys.error} onRetry={() => keys.refetch()} />
      )}
      {loaded && list.length === 0 ? (
        <Card withBorder radius="md">
          <EmptyState
            py="xl"
            variant="light"
            icon={<IconKey size={28} />}
            title="No API keys yet"
            description="Connect your accounting package, booking site or your own scripts: a key lets them read your customers, cars, invoices and schedule, and, if you allow it, add and change records. Keys never manage the team or settings."
          >
            <EmptyState.Actions>
              <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
                Create API key
              </Button>
            </EmptyState.Actions>
          </EmptyState>
        </Card>
      ) : (
        <Card withBorder radius="md" p={0}>
          <Table.ScrollContainer minWidth={320}>
            <Table verticalSpacing="sm" horizontalSpacing="md">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Key</Table.Th>
                  <Table.Th visibleFrom="sm">Access</Table.Th>
                  <Table.Th visibleFrom="sm">Last used</Table.Th>
                  <Table.Th ta="right">Status</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((apiKey) => (
                  <KeyRow key={apiKey.id} apiKey={apiKey} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {keys.loading && !keys.data && (
            <Text size="sm" c="dimmed" p="md">
              Loading the API keys…
            </Text>
          )}
        </Card>
      )}
      {creating && <CreateApiKeyModal onClose={() => setCreating(false)} />}
    </Stack>
  );
}
