import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { errorInfo, formFieldErrors } from "@portico/web-core/errors";
import { IconAlertCircle, IconCheck } from "@tabler/icons-react";
import { useState } from "react";
import { useCustomerCars } from "../../events/api/customer-cars";
import { useCreateEstimate } from "../api/create-estimate";
import { type EstimateFormValues, emptyLine, toLineInputs, validateLines } from "./estimate-lines";
import { LineItemsEditor } from "./LineItemsEditor";

type Props = { customer: { id: string; name: string }; opened: boolean; onClose: () => void };

export default function EstimateDialog({ customer, opened, onClose }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title={`New estimate for ${customer.name}`} size="xl">
      <EstimateForm customer={customer} onDone={onClose} />
    </Modal>
  );
}

/** Server field names → the form's ("lines.0.unitCents" is typed as the dollar price). */
function placeServerErrors(fields: Record<string, string>): Record<string, string> {
  const placed: Record<string, string> = {};
  for (const [key, message] of Object.entries(fields)) {
    if (key === "title" || key === "carId" || key === "lines") placed[key] = message;
    else if (/^lines\.\d+\.(description|quantity)$/.test(key)) placed[key] = message;
    else if (/^lines\.\d+\.unitCents$/.test(key)) placed[key.replace("unitCents", "unitPrice")] = message;
  }
  return placed;
}

export function EstimateForm({ customer, onDone }: { customer: { id: string; name: string }; onDone: () => void }) {
  const form = useForm<EstimateFormValues>({
    mode: "controlled",
    initialValues: { title: "", carId: null, lines: [emptyLine()] },
    validate: (values) => ({
      title: !values.title.trim()
        ? "Give the estimate a title"
        : values.title.trim().length > 200
          ? "Keep the title to 200 characters"
          : null,
      ...validateLines(values.lines),
    }),
  });
  const [createEstimate, { loading }] = useCreateEstimate(customer.id);
  const cars = useCustomerCars(customer.id);
  const carOptions = (cars.data?.customer.cars ?? []).map((c) => ({ value: c.id, label: c.displayName }));
  const [error, setError] = useState<string | null>(null);

  const submit = form.onSubmit(async (values) => {
    setError(null);
    try {
      const { data } = await createEstimate({
        variables: {
          customerId: customer.id,
          input: { title: values.title.trim(), carId: values.carId, lines: toLineInputs(values.lines) },
        },
      });
      notifications.show({
        color: "teal",
        icon: <IconCheck size={18} />,
        message: `Draft ${data?.createEstimate.number ?? "estimate"} saved. Send it when it is ready.`,
      });
      onDone();
    } catch (e) {
      const info = errorInfo(e);
      const placed = placeServerErrors(formFieldErrors(info));
      if (Object.keys(placed).length > 0) form.setErrors(placed);
      else setError(info.message);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label="Title"
            placeholder="Spring service and detail"
            withAsterisk
            maxLength={200}
            data-autofocus
            {...form.getInputProps("title")}
          />
          <Select
            label="Car"
            placeholder={
              cars.loading ? "Loading cars…" : carOptions.length ? "No particular car" : "No cars on this account"
            }
            data={carOptions}
            disabled={carOptions.length === 0}
            clearable
            checkIconPosition="right"
            {...form.getInputProps("carId")}
          />
        </SimpleGrid>
        <LineItemsEditor form={form} />
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
            Save draft
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
