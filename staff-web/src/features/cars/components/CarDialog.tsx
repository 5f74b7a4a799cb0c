import { Alert, Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { IconAlertCircle, IconCheck, IconInfoCircle } from "@tabler/icons-react";
import { useState } from "react";
import type { CarFieldsFragment, CarInput, CarStatus } from "../../../gql/graphql";
import { applyServerErrors, blankToNull } from "../../../lib/forms";
import { useAddCar } from "../api/add-car";
import { useUpdateCar } from "../api/update-car";
import { CAR_STATUS_OPTIONS } from "./car-status";

type Values = {
  year: number | string;
  make: string;
  model: string;
  vin: string;
  plate: string;
  color: string;
  status: CarStatus;
  location: string;
};

const FIELDS = ["year", "make", "model", "vin", "plate", "color", "status", "location"] as const;
const THIS_YEAR = new Date().getFullYear();

type Props = {
  customerId: string;
  /** The car to edit; without it the dialog adds one. */
  car?: CarFieldsFragment | null;
  opened: boolean;
  onClose: () => void;
  /** After a successful save, before the dialog closes. */
  onSaved?: () => unknown;
};

export function CarDialog({ customerId, car, opened, onClose, onSaved }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title={car ? `Edit ${car.displayName}` : "Add car"} centered size="lg">
      <CarForm customerId={customerId} car={car ?? null} onDone={onClose} onSaved={onSaved} />
    </Modal>
  );
}

function CarForm({
  customerId,
  car,
  onDone,
  onSaved,
}: {
  customerId: string;
  car: CarFieldsFragment | null;
  onDone: () => void;
  onSaved?: () => unknown;
}) {
  const form = useForm<Values>({
    mode: "controlled",
    initialValues: {
      year: car?.year ?? "",
      make: car?.make ?? "",
      model: car?.model ?? "",
      vin: car?.vin ?? "",
      plate: car?.plate ?? "",
      color: car?.color ?? "",
      status: car?.status ?? "IN_STORAGE",
      location: car?.location ?? "",
    },
    validate: {
      year: (v) =>
        v === "" || (typeof v === "number" && Number.isInteger(v) && v >= 1885 && v <= THIS_YEAR + 2)
          ? null
          : `Enter a year between 1885 and ${THIS_YEAR + 2}`,
      make: (v) => (v.trim() ? null : "Enter the make"),
      model: (v) => (v.trim() ? null : "Enter the model"),
    },
  });
  const [addCar, adding] = useAddCar(customerId);
  const [updateCar, updating] = useUpdateCar();
  const [error, setError] = useState<string | null>(null);

  const submit = form.onSubmit(async (values) => {
    setError(null);
    const input: CarInput = {
      year: typeof values.year === "number" ? values.year : null,
      make: values.make.trim(),
      model: values.model.trim(),
      vin: blankToNull(values.vin),
      plate: blankToNull(values.plate),
      color: blankToNull(values.color),
      status: values.status,
      location: blankToNull(values.location),
    };
    try {
      if (car) {
        await updateCar({ variables: { id: car.id, input } });
        notifications.show({ color: "teal", icon: <IconCheck size={18} />, message: "Car saved" });
      } else {
        const { data } = await addCar({ variables: { customerId, input } });
        notifications.show({
          color: "teal",
          icon: <IconCheck size={18} />,
          message: `${data?.addCar.displayName ?? "Car"} added`,
        });
      }
      void onSaved?.();
      onDone();
    } catch (e) {
      setError(applyServerErrors(form, e, FIELDS));
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <NumberInput
            label="Year"
            placeholder="1967"
            allowDecimal={false}
            allowNegative={false}
            hideControls
            min={1885}
            max={THIS_YEAR + 2}
            data-autofocus
            {...form.getInputProps("year")}
          />
          <TextInput label="Make" placeholder="Ford" withAsterisk {...form.getInputProps("make")} />
          <TextInput label="Model" placeholder="Mustang Fastback" withAsterisk {...form.getInputProps("model")} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput label="VIN / hull id" {...form.getInputProps("vin")} />
          <TextInput label="Plate" {...form.getInputProps("plate")} />
          <TextInput label="Colour" {...form.getInputProps("color")} />
          <Select
            label="Status"
            data={CAR_STATUS_OPTIONS}
            allowDeselect={false}
            checkIconPosition="right"
            {...form.getInputProps("status")}
          />
        </SimpleGrid>
        {car && form.values.status !== car.status && (
          <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />} p="xs">
            <Text size="sm">
              Saving adds the new status to the car's history and emails the customer's people who get car updates.
            </Text>
          </Alert>
        )}
        <TextInput label="Location" placeholder="Building A, row 3, slot 12" {...form.getInputProps("location")} />
        {error && (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
            {error}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={adding.loading || updating.loading}>
            {car ? "Save car" : "Add car"}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
