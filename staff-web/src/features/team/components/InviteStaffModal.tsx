import { Alert, Button, Group, Modal, Select, Stack, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { errorInfo } from "@portico/web-core/errors";
import { IconAlertCircle } from "@tabler/icons-react";
import { useState } from "react";
import type { StaffRole } from "../../../gql/graphql";
import { INVALID_EMAIL, looksLikeEmail } from "../../../lib/forms";
import { useInviteStaff } from "../api/invite-staff";

export const ROLE_OPTIONS = [
  { value: "STAFF", label: "Staff" },
  { value: "ADMIN", label: "Admin" },
];

/** Name, email and role; the server sends the email with a 7-day link to choose a password. */
export function InviteStaffModal({ onClose }: { onClose: () => void }) {
  const [invite, { loading }] = useInviteStaff();
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<StaffRole>("STAFF" as StaffRole);
  const [errors, setErrors] = useState<{ name?: string; email?: string }>({});
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const found = {
      name: name.trim() ? undefined : "Enter their name",
      email: !email.trim() ? "Enter their email" : looksLikeEmail(email) ? undefined : INVALID_EMAIL,
    };
    setErrors(found);
    if (found.name || found.email) return;
    setError(null);
    try {
      await invite({ variables: { input: { name: name.trim(), email: email.trim(), role } } });
      notifications.show({ color: "green", message: `Invite sent to ${email.trim()}` });
      onClose();
    } catch (e) {
      const info = errorInfo(e);
      setErrors({ name: info.fields.name, email: info.fields.email });
      setError(info.message);
    }
  };

  return (
    <Modal opened onClose={onClose} title="Invite a colleague">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label="Name"
            value={name}
            maxLength={120}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
            data-autofocus
          />
          <TextInput
            label="Email"
            type="email"
            value={email}
            maxLength={254}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={errors.email}
          />
          <Select
            label="Role"
            description="Admins also manage the team and the facility's settings."
            data={ROLE_OPTIONS}
            value={role}
            allowDeselect={false}
            onChange={(value) => value && setRole(value as StaffRole)}
          />
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
              Send invite
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
