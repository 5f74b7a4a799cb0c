import {
  ActionIcon,
  Alert,
  Box,
  Button,
  Divider,
  Group,
  Modal,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { money } from "@portico/web-core/time";
import { IconAlertCircle, IconCheck, IconPlus, IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import type { InvoiceDetailFieldsFragment } from "../../../gql/graphql";
import { facilityToday } from "../../../lib/dates";
import { useFacilityTimeZone } from "../../auth/api/staff-viewer";
import { useCreateInvoice } from "../api/create-invoice";
import { useUpdateDraftInvoice } from "../api/update-draft-invoice";
import {
  blankLine,
  initialInvoiceValues,
  invoiceTotalCents,
  invoiceValuesOf,
  LIMITS,
  lineAmountCents,
  serverFormErrors,
  toInvoiceInput,
  useInvoiceForm,
} from "./invoice-form";
import classes from "./NewInvoiceDialog.module.css";

type Props = {
  customerId: string;
  customerName: string;
  onClose: () => void;
  /** With the new draft's id, to open it. */
  onCreated?: (invoiceId: string) => void;
  /** A draft to edit instead of a new one: the form opens with its dates and lines. */
  invoice?: InvoiceDetailFieldsFragment;
};

/**
 * A draft invoice: line items priced in dollars, a live total, and the dates. Nothing is sent yet.
 * Given a draft, the same form edits it.
 */
export default function NewInvoiceDialog({ customerId, customerName, onClose, onCreated, invoice: draft }: Props) {
  const phone = useMediaQuery("(max-width: 48em)");
  const today = facilityToday(useFacilityTimeZone());
  const form = useInvoiceForm(draft ? invoiceValuesOf(draft) : initialInvoiceValues(today));
  const [create, { loading: creating }] = useCreateInvoice(customerId);
  const [update, { loading: updating }] = useUpdateDraftInvoice();
  const loading = creating || updating;
  const [error, setError] = useState<string | null>(null);
  const { lines } = form.values;
  const total = invoiceTotalCents(lines);

  const submit = form.onSubmit(
    async (values) => {
      setError(null);
      try {
        if (draft) {
          await update({ variables: { id: draft.id, input: toInvoiceInput(values) } });
          notifications.show({ color: "teal", icon: <IconCheck size={18} />, message: `Draft ${draft.number} saved` });
          onClose();
          return;
        }
        const { data } = await create({ variables: { customerId, input: toInvoiceInput(values) } });
        const invoice = data?.createInvoice;
        notifications.show({
          color: "teal",
          icon: <IconCheck size={18} />,
          message: `Draft ${invoice?.number ?? "invoice"} created. Issue it to send it to ${customerName}.`,
        });
        onClose();
        if (invoice) onCreated?.(invoice.id);
      } catch (e) {
        const { fields, message } = serverFormErrors(e, (path) => /^(issuedOn|dueOn|lines\.\d+\.\w+)$/.test(path));
        form.setErrors(fields);
        setError(message);
      }
    },
    () => setError(null),
  );

  return (
    <Modal
      opened
      onClose={onClose}
      title={draft ? `Edit draft ${draft.number} · ${customerName}` : `New invoice · ${customerName}`}
      size="xl"
      fullScreen={phone}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="lg">
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md" maw={460}>
            <TextInput type="date" label="Invoice date" withAsterisk {...form.getInputProps("issuedOn")} />
            <TextInput
              type="date"
              label="Due date"
              description="Optional. Overdue after this day."
              min={form.values.issuedOn}
              inputWrapperOrder={["label", "input", "description", "error"]}
              {...form.getInputProps("dueOn")}
            />
          </SimpleGrid>

          <Stack gap="xs" component="fieldset" className={classes.fieldset}>
            <Text component="legend" fw={600} size="sm" mb={4}>
              Line items
            </Text>
            <div className={classes.header} aria-hidden>
              <Text size="xs" c="dimmed" fw={500}>
                Description
              </Text>
              <Text size="xs" c="dimmed" fw={500}>
                Qty
              </Text>
              <Text size="xs" c="dimmed" fw={500}>
                Unit price
              </Text>
              <Text size="xs" c="dimmed" fw={500} ta="right">
                Amount
              </Text>
              <span />
            </div>
            <Stack gap="sm" component="ol" className={classes.lines}>
              {lines.map((line, i) => {
                const amount = lineAmountCents(line);
                const n = i + 1;
                return (
                  <Box component="li" key={line.key} className={classes.line} aria-label={`Line ${n}`}>
                    <TextInput
                      className={classes.description}
                      label="Description"
                      aria-label={`Description, line ${n}`}
                      labelProps={{ className: classes.srLabel }}
                      placeholder="Monthly storage, Building A"
                      maxLength={LIMITS.description + 20}
                      data-autofocus={i === 0 || undefined}
                      {...form.getInputProps(`lines.${i}.description`)}
                    />
                    <NumberInput
                      className={classes.qty}
                      label="Qty"
                      aria-label={`Qty, line ${n}`}
                      labelProps={{ className: classes.srLabel }}
                      min={1}
                      max={LIMITS.quantity}
                      allowDecimal={false}
                      allowNegative={false}
                      clampBehavior="none"
                      hideControls
                      {...form.getInputProps(`lines.${i}.quantity`)}
                    />
                    <NumberInput
                      className={classes.price}
                      label="Unit price"
                      aria-label={`Unit price, line ${n}`}
                      labelProps={{ className: classes.srLabel }}
                      placeholder="0.00"
                      prefix="$"
                      decimalScale={2}
                      fixedDecimalScale
                      thousandSeparator=","
                      allowNegative={false}
                      hideControls
                      {...form.getInputProps(`lines.${i}.unitPrice`)}
                    />
                    <Text
                      className={classes.amount}
                      size="sm"
                      ta="right"
                      c={amount === null ? "dimmed" : undefined}
                      data-testid={`line-amount-${i}`}
                    >
                      {amount === null ? "—" : money(amount)}
                    </Text>
                    <Tooltip label={lines.length === 1 ? "An invoice needs a line" : "Remove line"} withArrow>
                      <ActionIcon
                        className={classes.remove}
                        variant="subtle"
                        color="gray"
                        aria-label={`Remove line ${n}`}
                        disabled={lines.length === 1}
                        onClick={() => form.removeListItem("lines", i)}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Tooltip>
                  </Box>
                );
              })}
            </Stack>
            <Group>
              <Button
                variant="subtle"
                size="xs"
                leftSection={<IconPlus size={14} />}
                disabled={lines.length >= LIMITS.lines}
                onClick={() => form.insertListItem("lines", blankLine())}
              >
                Add line
              </Button>
            </Group>
          </Stack>

          <Divider />
          <Group justify="space-between" align="center">
            <Text size="sm" c="dimmed">
              Saved as a draft. The customer sees it once you issue it.
            </Text>
            <Group gap="xs" align="baseline">
              <Text size="sm" fw={500}>
                Total
              </Text>
              <Text fz="xl" fw={700} data-testid="invoice-total" aria-live="polite" className={classes.total}>
                {money(total)}
              </Text>
            </Group>
          </Group>

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
              {draft ? "Save draft" : "Create draft"}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
