import { Alert, Button, Group, List, Modal, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { IconAlertCircle, IconAlertTriangle, IconCheck } from "@tabler/icons-react";
import { useState } from "react";
import { useNavigate } from "react-router";
import { applyServerErrors } from "../../../lib/forms";
import { useDeleteCustomer } from "../api/delete-customer";

/**
 * Deleting a customer for a privacy request: what goes, that it cannot be undone, and the customer's
 * name typed to confirm (the server checks it too). Afterwards, back to Contacts.
 */
export function DeleteCustomerDialog({
  customer,
  onClose,
}: {
  customer: { id: string; name: string };
  onClose: () => void;
}) {
  const [remove, { loading }] = useDeleteCustomer();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const form = useForm({
    mode: "controlled",
    initialValues: { confirmName: "" },
    validate: {
      confirmName: (value) => (value === customer.name ? null : "Type the name exactly as shown"),
    },
  });
  const matches = form.values.confirmName === customer.name;
  const submit = form.onSubmit(async (values) => {
    setError(null);
    try {
      await remove({ variables: { id: customer.id, confirmName: values.confirmName } });
      notifications.show({
        color: "teal",
        icon: <IconCheck size={18} />,
        message: `${customer.name} and all of their data were deleted`,
      });
      onClose();
      navigate("/contacts", { replace: true });
    } catch (e) {
      setError(applyServerErrors(form, e, ["confirmName"]));
    }
  });
  return (
    <Modal opened onClose={onClose} title="Delete customer" size="lg">
      <form onSubmit={submit} noValidate aria-label="Delete customer">
        <Stack gap="md">
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title="This cannot be undone">
            Deleting <strong>{customer.name}</strong> removes them and everything of theirs from Portico, for good.
            Export their data first if they asked for a copy.
          </Alert>
          <div>
            <Text size="sm" fw={500} mb={4}>
              What is deleted
            </Text>
            <List size="sm" spacing={2}>
              <List.Item>The profile, contacts and their portal accounts (everyone is signed out)</List.Item>
              <List.Item>Cars with their photos, history and condition reports</List.Item>
              <List.Item>Invoices, payments and estimates</List.Item>
              <List.Item>Documents and signatures, messages, events and service requests</List.Item>
              <List.Item>Invitations and the emails sent to them</List.Item>
            </List>
            <Text size="sm" c="dimmed" mt="xs">
              The audit log keeps what your team did, without the customer's details; one line records the deletion with
              their name.
            </Text>
          </div>
          <TextInput
            label={
              <>
                Type <strong>{customer.name}</strong> to confirm
              </>
            }
            autoComplete="off"
            spellCheck={false}
            data-autofocus
            maxLength={200}
            {...form.getInputProps("confirmName")}
          />
          {error && (
            <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
              {error}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" color="red" loading={loading} disabled={!matches}>
              Delete customer
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
