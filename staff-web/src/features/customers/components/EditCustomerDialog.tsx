import { Alert, Button, Group, Modal, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconAlertCircle, IconAlertTriangle, IconCheck } from "@tabler/icons-react";
import { useState } from "react";
import type { CustomerDetailQuery } from "../../../gql/graphql";
import { applyServerErrors } from "../../../lib/forms";
import { useUpdateCustomer } from "../api/update-customer";
import { type DuplicateEmail, DuplicateEmailWarning, duplicateEmailOf, warnsAbout } from "../DuplicateEmailWarning";
import { type CustomerFormValues, toCustomerInput, useCustomerForm } from "./customer-form";

type Customer = CustomerDetailQuery["customer"];

const FIELDS = ["name", "email", "phone", "address", "notes"] as const;

export function EditCustomerDialog({
  customer,
  opened,
  onClose,
}: {
  customer: Customer;
  opened: boolean;
  onClose: () => void;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title="Edit profile" centered size="lg">
      <EditCustomerForm customer={customer} onDone={onClose} />
    </Modal>
  );
}

function EditCustomerForm({ customer, onDone }: { customer: Customer; onDone: () => void }) {
  const form = useCustomerForm({
    name: customer.name,
    email: customer.email ?? "",
    phone: customer.phoneDisplay ?? "",
    address: customer.address ?? "",
    notes: customer.notes ?? "",
  });
  const [updateCustomer, { loading }] = useUpdateCustomer();
  const [error, setError] = useState<string | null>(null);
  const [duplicate, setDuplicate] = useState<DuplicateEmail | null>(null);

  const invitePending = customer.lastInvitation?.state === "PENDING";
  const emailChanged = form.values.email.trim().toLowerCase() !== (customer.email ?? "").toLowerCase();
  const phoneChanged = !!customer.phone && digits(form.values.phone) !== digits(customer.phoneDisplay ?? "");
  const textedInvitePending = invitePending && !!customer.lastInvitation?.phone;

  const save = async (values: CustomerFormValues, allowDuplicateEmail = false) => {
    setError(null);
    setDuplicate(null);
    try {
      await updateCustomer({
        variables: {
          id: customer.id,
          input: toCustomerInput(values),
          ...(allowDuplicateEmail && { allowDuplicateEmail }),
        },
      });
      notifications.show({ color: "teal", icon: <IconCheck size={18} />, message: "Profile saved" });
      onDone();
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
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput label="Email" type="email" autoComplete="off" {...form.getInputProps("email")} />
          <TextInput label="Phone" type="tel" autoComplete="off" {...form.getInputProps("phone")} />
        </SimpleGrid>
        {invitePending && emailChanged && (
          <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} py="xs">
            Changing the email cancels the pending invite link.
          </Alert>
        )}
        {phoneChanged && textedInvitePending && !emailChanged && (
          <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} py="xs">
            Changing the number cancels the invite texted to it, and consent to texts must be recorded again for the new
            number.
          </Alert>
        )}
        {warnsAbout(duplicate, form.values.email) && (
          <DuplicateEmailWarning
            duplicate={duplicate}
            loading={loading}
            onSaveAnyway={form.onSubmit((values) => save(values, true))}
          />
        )}
        <Textarea label="Address" autosize minRows={2} maxRows={5} {...form.getInputProps("address")} />
        <Textarea
          label="Notes"
          description="Only your team sees these."
          autosize
          minRows={3}
          maxRows={8}
          {...form.getInputProps("notes")}
        />
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
            Save changes
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The digits of a number as typed or shown: "(207) 555-0148" and "207 555 0148" are one number. */
function digits(phone: string): string {
  return phone.replace(/\D/g, "");
}
