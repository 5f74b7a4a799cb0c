import { Alert, Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { money } from "@portico/web-core/time";
import { IconAlertCircle, IconCheck } from "@tabler/icons-react";
import { useState } from "react";
import type { InvoiceFieldsFragment } from "../../../gql/graphql";
import { facilityToday } from "../../../lib/dates";
import { useFacilityTimeZone } from "../../auth/api/staff-viewer";
import { useRecordPayment } from "../api/record-payment";
import {
  PAYMENT_METHODS,
  type PaymentFormValues,
  serverFormErrors,
  toCents,
  toPaymentInput,
  usePaymentForm,
} from "./invoice-form";

const FIELDS = ["amount", "method", "reference", "receivedOn"];

type Props = {
  invoice: Pick<InvoiceFieldsFragment, "id" | "number" | "balanceCents">;
  onClose: () => void;
};

/** A payment received outside the portal: check, cash, transfer… up to the balance due. */
export function RecordPaymentDialog({ invoice, onClose }: Props) {
  const today = facilityToday(useFacilityTimeZone());
  const form = usePaymentForm(invoice.balanceCents, today);
  const [record, { loading }] = useRecordPayment();
  const [error, setError] = useState<string | null>(null);
  const method = PAYMENT_METHODS.find((m) => m.value === form.values.method) ?? PAYMENT_METHODS[0];
  const cents = toCents(form.values.amount);
  const remaining = cents !== null && cents > 0 && cents <= invoice.balanceCents ? invoice.balanceCents - cents : null;

  const submit = form.onSubmit(async (values) => {
    setError(null);
    try {
      const { data } = await record({ variables: { invoiceId: invoice.id, input: toPaymentInput(values) } });
      const after = data?.recordPayment;
      notifications.show({
        color: "teal",
        icon: <IconCheck size={18} />,
        message:
          after && after.balanceCents === 0
            ? `${invoice.number} is paid in full`
            : `Payment recorded. ${money(after?.balanceCents ?? 0)} still due on ${invoice.number}.`,
      });
      onClose();
    } catch (e) {
      const { fields, message } = serverFormErrors(e, (path) => FIELDS.includes(path));
      form.setErrors(fields);
      setError(message);
    }
  });

  return (
    <Modal opened onClose={onClose} title={`Record payment · ${invoice.number}`}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">
            Balance due{" "}
            <Text span fw={650}>
              {money(invoice.balanceCents)}
            </Text>
          </Text>
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
            <NumberInput
              label="Amount"
              prefix="$"
              decimalScale={2}
              fixedDecimalScale
              thousandSeparator=","
              allowNegative={false}
              hideControls
              withAsterisk
              data-autofocus
              {...form.getInputProps("amount")}
            />
            <TextInput type="date" label="Received on" max={today} withAsterisk {...form.getInputProps("receivedOn")} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
            <Select
              label="Method"
              data={PAYMENT_METHODS.map(({ value, label }) => ({ value, label }))}
              allowDeselect={false}
              checkIconPosition="right"
              {...form.getInputProps("method")}
              onChange={(v) => v && form.setFieldValue("method", v as PaymentFormValues["method"])}
            />
            <TextInput label="Reference" placeholder={method?.reference} {...form.getInputProps("reference")} />
          </SimpleGrid>
          {remaining !== null && (
            <Text size="sm" c="dimmed" aria-live="polite" data-testid="payment-outcome">
              {remaining === 0
                ? `This pays ${invoice.number} in full.`
                : `${money(remaining)} will still be due after this payment.`}
            </Text>
          )}
          {error && (
            <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
              {error}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={loading}>
              Record payment
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
