import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { errorInfo } from "@portico/web-core/errors";
import { IconCheck } from "@tabler/icons-react";
import { useState } from "react";
import type { ContactFieldsFragment } from "../../../gql/graphql";
import { useRemoveContact } from "../api/remove-contact";

type Props = {
  customer: { id: string; name: string };
  contact: ContactFieldsFragment;
  onClose: () => void;
};

export default function RemoveContactDialog({ customer, contact, onClose }: Props) {
  const [removeContact, { loading }] = useRemoveContact(customer.id);
  const [error, setError] = useState<string | null>(null);
  const confirm = async () => {
    setError(null);
    try {
      await removeContact({ variables: { id: contact.id } });
      notifications.show({ color: "teal", icon: <IconCheck size={18} />, message: `${contact.name} removed` });
      onClose();
    } catch (e) {
      setError(errorInfo(e).message);
    }
  };
  return (
    <Modal opened onClose={onClose} title={`Remove ${contact.name}?`}>
      <Stack gap="md">
        <Text size="sm">
          They lose portal access immediately. Their invite links stop working and they no longer get emails about{" "}
          {customer.name}'s account.
        </Text>
        {error && (
          <Text size="sm" c="red" role="alert">
            {error}
          </Text>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button color="red" loading={loading} onClick={confirm}>
            Remove contact
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
