import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { IconAlertCircle, IconCheck } from "@tabler/icons-react";
import { useState } from "react";
import type { CarEventKind } from "../../../gql/graphql";
import { toDateTimeLocal } from "../../../lib/dates";
import { applyServerErrors, blankToNull } from "../../../lib/forms";
import { useAddCarEvent } from "../api/add-car-event";
import { CAR_EVENT_KIND, RECORDABLE_KINDS } from "./car-history-kinds";

const NOTES_MAX = 2000;
const FIELDS = ["kind", "notes", "happenedAt"] as const;

type Values = { kind: CarEventKind | null; notes: string; happenedAt: string };

const KIND_OPTIONS = RECORDABLE_KINDS.map((value) => ({ value, label: CAR_EVENT_KIND[value].label }));

type Props = { carId: string; carName: string; onClose: () => void };

/** Records what happened to a car: the kind, a note, and when (now unless told otherwise). */
export default function AddHistoryEntryDialog({ carId, carName, onClose }: Props) {
  const [now] = useState(() => new Date());
  const form = useForm<Values>({
    mode: "controlled",
    initialValues: { kind: null, notes: "", happenedAt: toDateTimeLocal(now) },
    validate: {
      kind: (v) => (v ? null : "Pick what happened"),
      notes: (v) => (v.length <= NOTES_MAX ? null : `Keep notes to ${NOTES_MAX} characters or fewer`),
      happenedAt: (v) => {
        const at = new Date(v);
        if (!v || Number.isNaN(at.getTime())) return "Enter when it happened";
        // A minute of slack, as the server allows, for clocks that are slightly apart.
        return at.getTime() > Date.now() + 60_000 ? "Pick a time that has passed" : null;
      },
    },
  });
  const [addEntry, { loading }] = useAddCarEvent(carId);
  const [error, setError] = useState<string | null>(null);

  const submit = form.onSubmit(async (values) => {
    setError(null);
    try {
      await addEntry({
        variables: {
          carId,
          input: {
            kind: values.kind as CarEventKind,
            notes: blankToNull(values.notes),
            happenedAt: new Date(values.happenedAt).toISOString(),
          },
        },
      });
      notifications.show({
        color: "teal",
        icon: <IconCheck size={18} />,
        message: `${CAR_EVENT_KIND[values.kind as CarEventKind].label} added to ${carName}'s history`,
      });
      onClose();
    } catch (e) {
      setError(applyServerErrors(form, e, FIELDS));
    }
  });

  return (
    <Modal opened onClose={onClose} title="Add history entry">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
            <Select
              label="What happened"
              placeholder="Pick one"
              data={KIND_OPTIONS}
              withAsterisk
              allowDeselect={false}
              checkIconPosition="right"
              renderOption={({ option }) => {
                const kind = CAR_EVENT_KIND[option.value as CarEventKind];
                return (
                  <Group gap="xs" wrap="nowrap">
                    <span style={{ display: "inline-flex", color: `var(--mantine-color-${kind.color}-7)` }} aria-hidden>
                      {kind.icon(16)}
                    </span>
                    {option.label}
                  </Group>
                );
              }}
              data-autofocus
              {...form.getInputProps("kind")}
            />
            <TextInput
              type="datetime-local"
              label="When"
              max={toDateTimeLocal(new Date())}
              withAsterisk
              {...form.getInputProps("happenedAt")}
            />
          </SimpleGrid>
          <Textarea
            label="Notes"
            placeholder="Moved to Building B, slot 14"
            description="The customer sees these in the portal."
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
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={loading}>
              Add entry
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
