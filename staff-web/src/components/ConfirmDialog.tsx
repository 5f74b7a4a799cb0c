import { Alert, Button, Group, Modal, Stack, Text } from "@mantine/core";
import { errorInfo } from "@portico/web-core/errors";
import { IconAlertCircle } from "@tabler/icons-react";
import { useState } from "react";

type Props = {
  title: string;
  children: React.ReactNode;
  confirmLabel: string;
  color?: string;
  /** Runs on confirm; a thrown error is shown in the dialog, in the server's words. */
  onConfirm: () => Promise<unknown>;
  onClose: () => void;
};

/** "Remove this?" with the consequence spelled out; the dialog stays open with the reason if it fails. */
export function ConfirmDialog({ title, children, confirmLabel, color = "red", onConfirm, onClose }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      onClose();
    } catch (e) {
      setError(errorInfo(e).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened onClose={onClose} title={title}>
      <Stack gap="md">
        {typeof children === "string" ? <Text size="sm">{children}</Text> : children}
        {error && (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
            {error}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button color={color} loading={busy} onClick={confirm} data-autofocus>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
