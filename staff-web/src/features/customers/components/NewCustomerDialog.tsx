import { Alert, Button, Group, Modal, Stack, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconAlertCircle, IconCheck } from "@tabler/icons-react";
import { useState } from "react";
import { useNavigate } from "react-router";
import { applyServerErrors } from "../../../lib/forms";
import { useCreateCustomer } from "../api/create-customer";
import { type DuplicateEmail, DuplicateEmailWarning, duplicateEmailOf, warnsAbout } from "../DuplicateEmailWarning";
import { type CustomerFormValues, EMPTY_CUSTOMER, toCustomerInput, useCustomerForm } from "./customer-form";

const FIELDS = ["name", "email", "phone"] as const;

export function NewCustomerDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title="New customer" centered size="md">
      <NewCustomerForm onDone={onClose} />
    </Modal>
  );
}

export function NewCustomerForm({ onDone }: { onDone: () => void }) {
  const navigate = useNavigate();
  const form = useCustomerForm(EMPTY_CUSTOMER);
  const [createCustomer, { loading }] = useCreateCustomer();
  const [error, setError] = useState<string | null>(null);
  const [duplicate, setDuplicate] = useState<DuplicateEmail | null>(null);

  const save = async (values: CustomerFormValues, allowDuplicateEmail = false) => {
    setError(null);
    setDuplicate(null);
    try {
      const { data } = await createCustomer({
        // Sent only when staff confirmed, so an ordinary save asks the server to check.
        variables: { input: toCustomerInput(values), ...(allowDuplicateEmail && { allowDuplicateEmail }) },
      });
      const created = data?.createCustomer;
      if (!created) return;
      notifications.show({ color: "teal", icon: <IconCheck size={18} />, message: `${created.name} added` });
      onDone();
      navigate(`/customers/${created.id}`);
    } catch (e) {
      const duplicateEmail = duplicateEmailOf(e);
      if (duplicateEmail) setDuplicate(duplicateEmail);
      else setError(applyServerErrors(form, e, FIELDS));
    }
  };
  const submit = form.onSubmit((values) => save(values));

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput label="Name" withAsterisk data-autofocus autoComplete="off" {...form.getInputProps("name")} />
        <TextInput
          label="Email"
          type="email"
          autoComplete="off"
          description="Needed to invite them to the portal. You can add it later."
          {...form.getInputProps("email")}
        />
        <TextInput label="Phone" type="tel" autoComplete="off" {...form.getInputProps("phone")} />
        {warnsAbout(duplicate, form.values.email) && (
          <DuplicateEmailWarning
            duplicate={duplicate}
            loading={loading}
            onSaveAnyway={form.onSubmit((values) => save(values, true))}
          />
        )}
        {error && (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
            {error}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={loading}>
            Add customer
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
