import { Alert, Button, Group, Text } from "@mantine/core";
import { errorInfo } from "@portico/web-core/errors";
import { IconAlertCircle, IconRefresh } from "@tabler/icons-react";
import { useState } from "react";

type Props = { title: string; error: unknown; onRetry: () => unknown };

/** A failed load that the user can try again, with the server's or the network's own words. */
export function QueryErrorAlert({ title, error, onRetry }: Props) {
  const [retrying, setRetrying] = useState(false);
  const retry = async () => {
    setRetrying(true);
    try {
      await onRetry();
    } catch {
      // The query's own error state shows the new failure.
    } finally {
      setRetrying(false);
    }
  };
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle size={20} />} title={title} role="alert">
      <Group justify="space-between" gap="sm" align="center">
        <Text size="sm">{errorInfo(error).message}</Text>
        <Button
          size="xs"
          variant="white"
          color="red"
          leftSection={<IconRefresh size={14} />}
          loading={retrying}
          onClick={retry}
        >
          Retry
        </Button>
      </Group>
    </Alert>
  );
}
