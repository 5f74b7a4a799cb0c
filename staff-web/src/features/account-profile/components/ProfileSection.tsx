import { Alert, Button, Card, Group, PasswordInput, Stack, Text, TextInput, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { errorInfo } from "@portico/web-core/errors";
import { IconAlertCircle } from "@tabler/icons-react";
import { useState } from "react";
import { useStaffViewer } from "../../auth/api/staff-viewer";
import { useChangeMyPassword } from "../api/change-my-password";
import { useUpdateMyName } from "../api/update-my-name";

function NameCard({ current }: { current: string }) {
  const [update, { loading }] = useUpdateMyName();
  const [name, setName] = useState(current);
  const [error, setError] = useState<string | undefined>();
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return setError("Enter your name");
    setError(undefined);
    try {
      await update({ variables: { name: name.trim() } });
      notifications.show({ color: "green", message: "Name saved" });
    } catch (e) {
      const info = errorInfo(e);
      setError(info.fields.name ?? info.message);
    }
  };
  return (
    <Card withBorder radius="md" p="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Title order={3} fz="h4">
            Your name
          </Title>
          <TextInput
            label="Name"
            description="As your team and the audit log show it."
            value={name}
            maxLength={120}
            onChange={(e) => setName(e.currentTarget.value)}
            error={error}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={loading} disabled={name.trim() === current}>
              Save name
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function PasswordCard() {
  const [change, { loading }] = useChangeMyPassword();
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [errors, setErrors] = useState<{ current?: string; next?: string }>({});
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const found = {
      current: current ? undefined : "Enter your current password",
      next: next.length >= 8 ? undefined : "Use at least 8 characters",
    };
    setErrors(found);
    if (found.current || found.next) return;
    setError(null);
    try {
      await change({ variables: { currentPassword: current, newPassword: next } });
      setCurrent("");
      setNext("");
      notifications.show({ color: "green", message: "Password changed. Your other devices were signed out." });
    } catch (e) {
      const info = errorInfo(e);
      if (info.fields.currentPassword || info.fields.newPassword) {
        setErrors({ current: info.fields.currentPassword, next: info.fields.newPassword });
      } else setError(info.message);
    }
  };
  return (
    <Card withBorder radius="md" p="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <div>
            <Title order={3} fz="h4">
              Password
            </Title>
            <Text size="sm" c="dimmed">
              Changing it signs you out everywhere else; this browser stays signed in.
            </Text>
          </div>
          <PasswordInput
            label="Current password"
            autoComplete="current-password"
            value={current}
            onChange={(e) => setCurrent(e.currentTarget.value)}
            error={errors.current}
          />
          <PasswordInput
            label="New password"
            description="At least 8 characters; a few unrelated words work well."
            autoComplete="new-password"
            value={next}
            onChange={(e) => setNext(e.currentTarget.value)}
            error={errors.next}
          />
          {error && (
            <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert" py="xs">
              {error}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={loading}>
              Change password
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

/** The "Your account" page's section for one's own name and password. */
export function ProfileSection() {
  const viewer = useStaffViewer().data?.staffViewer;
  if (!viewer) return null;
  return (
    <Stack gap="md">
      <NameCard key={viewer.name} current={viewer.name} />
      <PasswordCard />
    </Stack>
  );
}
