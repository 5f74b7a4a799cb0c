import { Alert, Button, Checkbox, Group, Modal, SimpleGrid, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { errorInfo } from "@portico/web-core/errors";
import { IconAlertCircle } from "@tabler/icons-react";
import { useState } from "react";
import type { WebhookEventType } from "../../../gql/graphql";
import { useCreateWebhookEndpoint } from "../api/create-webhook-endpoint";
import { useUpdateWebhookEndpoint } from "../api/update-webhook-endpoint";
import { EVENT_GROUPS } from "./webhook-events";

type Existing = { id: string; url: string; description: string; events: WebhookEventType[] };

/** Adds an endpoint, or edits one (`endpoint`): URL, a note, and the events it gets, grouped. */
export function EndpointFormModal({
  endpoint,
  onClose,
  onCreated,
}: {
  endpoint?: Existing;
  onClose: () => void;
  onCreated?: (id: string) => void;
}) {
  const [create, created] = useCreateWebhookEndpoint();
  const [update, updated] = useUpdateWebhookEndpoint();
  const [url, setUrl] = useState(endpoint?.url ?? "");
  const [description, setDescription] = useState(endpoint?.description ?? "");
  const [events, setEvents] = useState<WebhookEventType[]>(endpoint?.events ?? []);
  const [errors, setErrors] = useState<{ url?: string; events?: string; description?: string }>({});
  const [error, setError] = useState<string | null>(null);

  const toggle = (value: WebhookEventType, on: boolean) =>
    setEvents((current) => (on ? [...current, value] : current.filter((v) => v !== value)));

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const found = {
      url: url.trim() ? undefined : "Enter the endpoint's URL",
      events: events.length > 0 ? undefined : "Pick at least one event",
    };
    setErrors(found);
    if (found.url || found.events) return;
    setError(null);
    const input = { url: url.trim(), description: description.trim(), events };
    try {
      if (endpoint) {
        await update({ variables: { id: endpoint.id, input } });
        notifications.show({ color: "green", message: "Endpoint saved" });
        onClose();
      } else {
        const result = await create({ variables: { input } });
        notifications.show({ color: "green", message: "Endpoint added" });
        const id = result.data?.createWebhookEndpoint.id;
        onClose();
        if (id) onCreated?.(id);
      }
    } catch (e) {
      const info = errorInfo(e);
      setErrors({ url: info.fields.url, events: info.fields.events, description: info.fields.description });
      setError(info.message);
    }
  };

  return (
    <Modal opened onClose={onClose} title={endpoint ? "Edit endpoint" : "Add endpoint"} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label="Endpoint URL"
            description="Portico posts each event here as JSON. Use https:// on a public address."
            placeholder="https://example.com/webhooks/portico"
            value={url}
            maxLength={2000}
            onChange={(e) => setUrl(e.currentTarget.value)}
            error={errors.url}
            data-autofocus
          />
          <Textarea
            label="Description"
            description="Optional: what receives these events, for whoever reads this later."
            placeholder="Our CRM"
            value={description}
            maxLength={200}
            autosize
            minRows={1}
            maxRows={3}
            onChange={(e) => setDescription(e.currentTarget.value)}
            error={errors.description}
          />
          <Stack gap={6}>
            <Group justify="space-between" align="baseline">
              <Text size="sm" fw={500}>
                Events to send
              </Text>
              <Button
                variant="subtle"
                size="compact-xs"
                onClick={() =>
                  setEvents(
                    events.length === EVENT_GROUPS.flatMap((g) => g.events).length
                      ? []
                      : EVENT_GROUPS.flatMap((g) => g.events.map((e) => e.value)),
                  )
                }
              >
                {events.length === EVENT_GROUPS.flatMap((g) => g.events).length ? "Clear all" : "Select all"}
              </Button>
            </Group>
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md" verticalSpacing="md">
              {EVENT_GROUPS.map((group) => (
                <fieldset key={group.label} style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }}>
                  <Text component="legend" size="xs" fw={700} c="dimmed" tt="uppercase" mb={6}>
                    {group.label}
                  </Text>
                  <Stack gap={8}>
                    {group.events.map((option) => (
                      <Checkbox
                        key={option.value}
                        label={option.label}
                        description={option.wire}
                        checked={events.includes(option.value)}
                        onChange={(e) => toggle(option.value, e.currentTarget.checked)}
                      />
                    ))}
                  </Stack>
                </fieldset>
              ))}
            </SimpleGrid>
            {errors.events && (
              <Text size="xs" c="red" role="alert">
                {errors.events}
              </Text>
            )}
          </Stack>
          {error && (
            <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
              {error}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={created.loading || updated.loading}>
              {endpoint ? "Save" : "Add endpoint"}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
