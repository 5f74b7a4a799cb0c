import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { errorInfo } from "@portico/web-core/errors";
import { money } from "@portico/web-core/time";
import { IconCheck, IconSend } from "@tabler/icons-react";
import { useState } from "react";
import type { EstimateFieldsFragment } from "../../../gql/graphql";
import { useSendEstimate } from "../api/send-estimate";
import type { EstimateCustomer } from "./estimate-customer";

/** Confirms sending a draft: once sent, the customer is emailed and the estimate can no longer change. */
export function SendEstimateDialog({
  customer,
  estimate,
  onClose,
}: {
  customer: EstimateCustomer;
  estimate: EstimateFieldsFragment;
  onClose: () => void;
}) {
  const [send, { loading }] = useSendEstimate();
  const [error, setError] = useState<string | null>(null);
  const confirm = async () => {
    setError(null);
    try {
      await send({ variables: { id: estimate.id } });
      notifications.show({
        color: "teal",
        icon: <IconCheck size={18} />,
        message: `${estimate.number} sent to ${customer.name}`,
      });
      onClose();
    } catch (e) {
      setError(errorInfo(e).message);
    }
  };
  return (
    <Modal opened onClose={onClose} title={`Send ${estimate.number} to ${customer.name}?`}>
      <Stack gap="md">
        <Text size="sm">
          {estimate.title} comes to{" "}
          <Text span fw={600}>
            {money(estimate.totalCents)}
          </Text>
          . {customer.name} and the people on the account who get estimate emails are emailed a link to review it, and
          they accept or decline in the portal. A sent estimate can no longer change.
        </Text>
        {error && (
          <Text size="sm" c="red" role="alert">
            {error}
          </Text>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            Not yet
          </Button>
          <Button leftSection={<IconSend size={16} />} loading={loading} onClick={confirm}>
            Send estimate
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
