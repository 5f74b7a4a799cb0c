import {
  ActionIcon,
  Alert,
  Button,
  Code,
  CopyButton,
  Group,
  Modal,
  Radio,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from "@mantine/core";
import { errorInfo } from "@portico/web-core/errors";
import { IconAlertCircle, IconAlertTriangle, IconCheck, IconCopy } from "@tabler/icons-react";
import { useState } from "react";
import type { ApiKeyScope } from "../../../gql/graphql";
import { useCreateApiKey } from "../api/create-api-key";

/** As the server bounds it. */
const NAME_MAX = 80;

export const SCOPE_OPTIONS: Array<{ value: ApiKeyScope; label: string; description: string }> = [
  {
    value: "READ_ONLY" as ApiKeyScope,
    label: "Read only",
    description: "Reads customers, cars, invoices and the schedule. Every change is refused.",
  },
  {
    value: "READ_WRITE" as ApiKeyScope,
    label: "Read and write",
    description: "Also adds and changes records, as a staff member could. Never team or settings.",
  },
];

/** The key's secret, once: copy it now, it is never shown again. */
function RevealKey({ name, secret, onDone }: { name: string; secret: string; onDone: () => void }) {
  const endpoint = `${window.location.origin}/graphql`;
  return (
    <Stack gap="md">
      <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} title="Copy this key now">
        You won't see it again. Portico keeps only a fingerprint of it, so if it is lost you will need to create a new
        key.
      </Alert>
      <TextInput
        label={`Secret key for “${name}”`}
        value={secret}
        readOnly
        onFocus={(e) => e.currentTarget.select()}
        styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)", fontSize: 13 } }}
        data-testid="api-key-secret"
        rightSection={
          <CopyButton value={secret}>
            {({ copied, copy }) => (
              <Tooltip label={copied ? "Copied" : "Copy"} withArrow>
                <ActionIcon variant="subtle" onClick={copy} aria-label="Copy the key">
                  {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                </ActionIcon>
              </Tooltip>
            )}
          </CopyButton>
        }
      />
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          Send it in the Authorization header, for example with the key in PORTICO_API_KEY:
        </Text>
        <Code block style={{ whiteSpace: "pre", overflowX: "auto" }}>
          {`curl ${endpoint} \\\n  -H "Authorization: Bearer $PORTICO_API_KEY" \\\n  -H "Content-Type: application/json" \\\n  -d '{"query":"{ facility { name } }"}'`}
        </Code>
      </Stack>
      <Group justify="flex-end">
        <CopyButton value={secret}>
          {({ copied, copy }) => (
            <Button
              variant="default"
              leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
              onClick={copy}
            >
              {copied ? "Copied" : "Copy key"}
            </Button>
          )}
        </CopyButton>
        <Button onClick={onDone}>Done</Button>
      </Group>
    </Stack>
  );
}

/** Name and scope; then the new key's secret, shown once. */
export function CreateApiKeyModal({ onClose }: { onClose: () => void }) {
  const [create, { loading }] = useCreateApiKey();
  const [name, setName] = useState("");
  const [scope, setScope] = useState<ApiKeyScope>("READ_ONLY" as ApiKeyScope);
  const [nameError, setNameError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setNameError("Name the key after what will use it");
      return;
    }
    setNameError(undefined);
    setError(null);
    try {
      const result = await create({ variables: { input: { name: name.trim(), scope } } });
      const made = result.data?.createApiKey;
      if (made) setCreated({ name: made.key.name, secret: made.secret });
    } catch (e) {
      const info = errorInfo(e);
      setNameError(info.fields.name);
      setError(info.fields.name ? null : info.message);
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={created ? "Your new API key" : "Create API key"}
      size="lg"
      // Once the secret is on screen, only the buttons close the dialog: a stray click must not lose it.
      closeOnClickOutside={!created}
      closeOnEscape={!created}
    >
      {created ? (
        <RevealKey name={created.name} secret={created.secret} onDone={onClose} />
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <TextInput
              label="Name"
              description="What will use the key, so you can tell keys apart later."
              placeholder="e.g. Accounting sync"
              value={name}
              maxLength={NAME_MAX}
              onChange={(e) => setName(e.currentTarget.value)}
              error={nameError}
              data-autofocus
            />
            <Radio.Group label="Access" value={scope} onChange={(value) => setScope(value as ApiKeyScope)}>
              <Stack gap="xs" mt={6}>
                {SCOPE_OPTIONS.map((option) => (
                  <Radio.Card key={option.value} value={option.value} radius="md" p="sm" withBorder>
                    <Group wrap="nowrap" align="flex-start" gap="sm">
                      <Radio.Indicator mt={2} />
                      <div>
                        <Text size="sm" fw={500}>
                          {option.label}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {option.description}
                        </Text>
                      </div>
                    </Group>
                  </Radio.Card>
                ))}
              </Stack>
            </Radio.Group>
            {error && (
              <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
                {error}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                Cancel
              </Button>
              <Button type="submit" loading={loading}>
                Create key
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
