import { ActionIcon, Badge, Button, Card, Group, Stack, Text, TextInput, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { errorInfo } from "@portico/web-core/errors";
import { shortDate } from "@portico/web-core/time";
import { browserSupportsWebAuthn } from "@simplewebauthn/browser";
import { IconFingerprint, IconPencil, IconTrash } from "@tabler/icons-react";
import { useState } from "react";

import { useAddStaffPasskey } from "./api/add-staff-passkey";
import { useRemoveStaffPasskey } from "./api/remove-staff-passkey";
import { useRenameStaffPasskey } from "./api/rename-staff-passkey";
import { useStaffPasskeys } from "./api/staff-passkeys";

const NAME_MAX = 60;

type Passkey = { id: string; name: string; createdAt: string; lastUsedAt?: string | null; backedUp: boolean };

/** Your account's Passkeys section: the staff member's passkeys, to add, rename and remove. */
export function PasskeysSection() {
  const { data, error } = useStaffPasskeys();
  const { add, busy } = useAddStaffPasskey();
  const supported = browserSupportsWebAuthn();
  const passkeys = (data?.staffPasskeys ?? []) as Passkey[];
  const onAdd = async () => {
    try {
      if (await add())
        notifications.show({ color: "teal", title: "Passkey added", message: "You can sign in with it now." });
    } catch (e) {
      notifications.show({ color: "red", title: "The passkey was not added", message: errorInfo(e).message });
    }
  };
  return (
    <Card withBorder radius="lg" padding="lg" component="section" aria-labelledby="passkeys-title">
      <Stack gap="md">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Stack gap={2}>
            <Title order={2} size="h4" id="passkeys-title">
              Passkeys
            </Title>
            <Text size="sm" c="dimmed">
              Sign in to the dashboard with your fingerprint, face or screen lock instead of a password.
            </Text>
          </Stack>
          {supported && (
            <Button leftSection={<IconFingerprint size={18} />} onClick={onAdd} loading={busy} variant="light">
              Add a passkey
            </Button>
          )}
        </Group>
        {error && <Text c="red">{errorInfo(error).message}</Text>}
        {data && passkeys.length === 0 && (
          <Text size="sm" c="dimmed">
            {supported ? "No passkeys yet." : "No passkeys yet. This browser cannot make one."}
          </Text>
        )}
        {passkeys.map((passkey) => (
          <PasskeyRow key={passkey.id} passkey={passkey} readOnly={false} />
        ))}
      </Stack>
    </Card>
  );
}

function PasskeyRow({ passkey, readOnly }: { passkey: Passkey; readOnly: boolean }) {
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(passkey.name);
  const [nameError, setNameError] = useState<string | null>(null);
  const [rename, renaming] = useRenameStaffPasskey();
  const [remove, removing] = useRemoveStaffPasskey();
  const save = async () => {
    if (!name.trim()) return setNameError("Give the passkey a name");
    try {
      await rename({ variables: { id: passkey.id, name } });
      setEditing(false);
      setNameError(null);
    } catch (e) {
      setNameError(errorInfo(e).message);
    }
  };
  const onRemove = async () => {
    if (!window.confirm(`Remove the passkey "${passkey.name}"? You can still sign in with your password.`)) return;
    try {
      await remove({ variables: { id: passkey.id } });
      notifications.show({ color: "teal", title: "Passkey removed", message: passkey.name });
    } catch (e) {
      notifications.show({ color: "red", title: "The passkey was not removed", message: errorInfo(e).message });
    }
  };
  return (
    <Group justify="space-between" wrap="nowrap" align="flex-start" data-testid="passkey-row">
      {editing ? (
        <Group gap="xs" align="flex-start" style={{ flex: 1 }} wrap="wrap">
          <TextInput
            aria-label="Passkey name"
            value={name}
            maxLength={NAME_MAX}
            onChange={(e) => setName(e.currentTarget.value)}
            error={nameError}
            style={{ flex: 1, minWidth: 180 }}
            autoFocus
          />
          <Button size="sm" onClick={save} loading={renaming.loading}>
            Save
          </Button>
          <Button size="sm" variant="subtle" onClick={() => setEditing(false)}>
            Cancel
          </Button>
        </Group>
      ) : (
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Group gap="xs">
            <Text fw={600}>{passkey.name}</Text>
            {passkey.backedUp && (
              <Badge size="sm" variant="light">
                Synced
              </Badge>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            Added {shortDate(passkey.createdAt)}
            {passkey.lastUsedAt ? ` · last used ${shortDate(passkey.lastUsedAt)}` : " · not used yet"}
          </Text>
        </Stack>
      )}
      {!editing && !readOnly && (
        <Group gap={4} wrap="nowrap">
          <ActionIcon variant="subtle" aria-label={`Rename ${passkey.name}`} onClick={() => setEditing(true)}>
            <IconPencil size={18} />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={`Remove ${passkey.name}`}
            onClick={onRemove}
            loading={removing.loading}
          >
            <IconTrash size={18} />
          </ActionIcon>
        </Group>
      )}
    </Group>
  );
}
