import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { errorInfo } from "@portico/web-core/errors";
import { clockTimeLabelled } from "@portico/web-core/time";
import { IconCheck } from "@tabler/icons-react";
import { useState } from "react";
import type { ScheduledEventFieldsFragment } from "../../../gql/graphql";
import { useCancelEvent } from "../api/cancel-event";
import { dayLabel } from "./event-time";

export default function CancelEventDialog({
  event,
  onClose,
}: {
  event: ScheduledEventFieldsFragment;
  onClose: () => void;
}) {
  const [cancelEvent, { loading }] = useCancelEvent();
  const [error, setError] = useState<string | null>(null);
  const start = new Date(event.startsAt);
  const confirm = async () => {
    setError(null);
    try {
      await cancelEvent({ variables: { id: event.id } });
      notifications.show({ color: "teal", icon: <IconCheck size={18} />, message: `${event.title} cancelled` });
      onClose();
    } catch (e) {
      setError(errorInfo(e).message);
    }
  };
  return (
    <Modal opened onClose={onClose} title={`Cancel “${event.title}”?`}>
      <Stack gap="md">
        <Text size="sm">
          {dayLabel(start, undefined, true)} at {clockTimeLabelled(start)}
          {event.customerName ? ` for ${event.customerName}` : ""}. It comes off the schedule and out of the{" "}
          {event.customerName ? "customer's" : "customers'"} portal. No email is sent, so let them know if they expect
          you.
        </Text>
        {error && (
          <Text size="sm" c="red" role="alert">
            {error}
          </Text>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            Keep event
          </Button>
          <Button color="red" loading={loading} onClick={confirm}>
            Cancel event
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
