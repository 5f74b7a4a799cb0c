import { Alert, Button, Group, Text } from "@mantine/core";
import { errorInfo } from "@portico/web-core/errors";
import { IconUsers } from "@tabler/icons-react";

/** Who already has the address, as the server's CONFLICT error names them. */
export type DuplicateEmail = { kind: "CUSTOMER" | "CONTACT"; name: string; email: string; message: string };

/** The server's "someone already has this email" refusal, or null for any other error. */
export function duplicateEmailOf(error: unknown): DuplicateEmail | null {
  const info = errorInfo(error);
  const duplicate = info.extensions.duplicateEmail as Omit<DuplicateEmail, "message"> | undefined;
  if (info.code !== "CONFLICT" || !duplicate) return null;
  return { kind: duplicate.kind, name: duplicate.name, email: duplicate.email, message: info.message };
}

/** True while the form still holds the address the warning is about. */
export function warnsAbout(duplicate: DuplicateEmail | null, typedEmail: string): duplicate is DuplicateEmail {
  return !!duplicate && duplicate.email === typedEmail.trim().toLowerCase();
}

/** Names the person who has the address and lets staff decide: fix the email, or save anyway. */
export function DuplicateEmailWarning({
  duplicate,
  onSaveAnyway,
  loading,
}: {
  duplicate: DuplicateEmail;
  onSaveAnyway: () => void;
  loading: boolean;
}) {
  const who = duplicate.kind === "CUSTOMER" ? "a customer" : "a contact on this account";
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconUsers size={18} />}
      role="alert"
      title="This email is already on record"
    >
      <Text size="sm">
        {duplicate.name} ({who}) already has {duplicate.email}. If this is the same person, change the email or cancel;
        if they really share it, save anyway.
      </Text>
      <Group justify="flex-end" mt="xs">
        <Button size="xs" variant="light" color="yellow" onClick={onSaveAnyway} loading={loading}>
          Save anyway
        </Button>
      </Group>
    </Alert>
  );
}
