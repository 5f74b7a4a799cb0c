import { Alert, Button, Group, Text } from "@mantine/core";
import { IconRefresh, IconWifiOff } from "@tabler/icons-react";
import { useState } from "react";
import { portalError } from "../lib/errors";

type NetworkErrorAlertProps = {
  error: unknown;
  onRetry: () => Promise<unknown> | undefined;
  title?: string;
};

/** A page's data failed to load: say so in plain words and offer to try again. */
export function NetworkErrorAlert({ error, onRetry, title = "We couldn't load this page" }: NetworkErrorAlertProps) {
  const [retrying, setRetrying] = useState(false);
  const retry = async () => {
    setRetrying(true);
    try {
      await onRetry();
    } catch {
      // The query's own error state shows what went wrong this time.
    } finally {
      setRetrying(false);
    }
  };
  return (
    <Alert color="red" variant="light" icon={<IconWifiOff size={20} />} title={title} role="alert">
      <Text size="sm">{portalError(error).message}</Text>
      <Group mt="sm">
        <Button
          size="xs"
          variant="white"
          color="red"
          leftSection={<IconRefresh size={14} />}
          loading={retrying}
          onClick={retry}
        >
          Try again
        </Button>
      </Group>
    </Alert>
  );
}
