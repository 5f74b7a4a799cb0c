import {
  Alert,
  Button,
  Center,
  Group,
  Loader,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { errorInfo, formFieldErrors } from "@portico/web-core/errors";
import { IconAlertCircle, IconCheck, IconClock, IconMail } from "@tabler/icons-react";
import { useState } from "react";
import type { ScheduledEventFieldsFragment } from "../../../gql/graphql";
import { browserTimeZone, isRepeatedWallTime, zoneAbbreviation } from "../../../lib/dates";
import { useStaffViewer } from "../../auth/api/staff-viewer";
import { useCustomerCars } from "../api/customer-cars";
import { useScheduleEvent } from "../api/schedule-event";
import { useUpdateEvent } from "../api/update-event";
import { CustomerSelect } from "./CustomerSelect";
import {
  type EventFormValues,
  eventValidation,
  eventValues,
  newEventValues,
  type PickedCustomer,
  toEventInput,
} from "./event-form";
import { EVENT_KIND_OPTIONS } from "./event-kind";
import { clock, dayLabel, fromInputs, weekParam } from "./event-time";

type Props = {
  /** The event to edit; without it the dialog schedules a new one. */
  event?: ScheduledEventFieldsFragment | null;
  /** Prefills the customer of a new event (from the customer page). */
  customer?: PickedCustomer | null;
  /** The facility's day a new event goes on, when picked from the schedule (its local midnight). */
  day?: Date;
  opened: boolean;
  onClose: () => void;
};

/**
 * Dates and times in the dialog are the facility's wall clock, in its zone from the staff viewer
 * (the one source the schedule reads too), whatever zone the browser is in.
 */
export default function EventDialog({ event, customer, day, opened, onClose }: Props) {
  const viewer = useStaffViewer();
  const timeZone = viewer.data?.staffViewer?.facility.timeZone;
  return (
    <Modal opened={opened} onClose={onClose} title={event ? "Edit event" : "New event"} size="lg">
      {viewer.loading && !viewer.data ? (
        <Center py="xl">
          <Loader size="sm" aria-label="Loading" />
        </Center>
      ) : (
        <EventForm
          event={event ?? null}
          customer={customer ?? null}
          day={day ? weekParam(day) : undefined}
          timeZone={timeZone}
          onDone={onClose}
        />
      )}
    </Modal>
  );
}

/** Server field names → the inputs they belong under. */
const SERVER_FIELDS: Record<string, keyof EventFormValues> = {
  kind: "kind",
  title: "title",
  customerId: "customer",
  carId: "carId",
  startsAt: "startTime",
  endsAt: "endTime",
  location: "location",
  notes: "notes",
};

export function EventForm({
  event,
  customer,
  day,
  timeZone,
  onDone,
}: {
  event: ScheduledEventFieldsFragment | null;
  customer: PickedCustomer | null;
  /** The facility's day ("2026-03-10") a new event goes on. */
  day?: string;
  /** The facility's IANA zone; the browser's when not known. */
  timeZone?: string;
  onDone: () => void;
}) {
  const form = useForm<EventFormValues>({
    mode: "controlled",
    initialValues: event ? eventValues(event, timeZone) : newEventValues(customer, new Date(), day, timeZone),
    validate: eventValidation(timeZone),
  });
  const [scheduleEvent, scheduling] = useScheduleEvent();
  const [updateEvent, updating] = useUpdateEvent(event?.customerId ?? null);
  const [error, setError] = useState<string | null>(null);
  const { values } = form;
  const social = values.kind === "SOCIAL";
  const cars = useCustomerCars(values.customer?.id ?? null);
  const carOptions = (cars.data?.customer.cars ?? []).map((c) => ({ value: c.id, label: c.displayName }));

  const submit = form.onSubmit(async (v) => {
    setError(null);
    const input = toEventInput(v, timeZone);
    try {
      if (event) {
        await updateEvent({ variables: { id: event.id, input } });
        notifications.show({ color: "teal", icon: <IconCheck size={18} />, message: "Event saved" });
      } else {
        await scheduleEvent({ variables: { input } });
        notifications.show({
          color: "teal",
          icon: <IconCheck size={18} />,
          message: `${input.title} scheduled${v.customer ? ` for ${v.customer.name}` : ""}`,
        });
      }
      onDone();
    } catch (e) {
      const info = errorInfo(e);
      const placed: Record<string, string> = {};
      for (const [field, message] of Object.entries(formFieldErrors(info))) {
        const target = SERVER_FIELDS[field];
        if (target) placed[target] = message;
      }
      if (Object.keys(placed).length > 0) form.setErrors(placed);
      else setError(info.message);
    }
  });

  const carPlaceholder = !values.customer
    ? "Pick a customer first"
    : cars.loading
      ? "Loading cars…"
      : carOptions.length === 0
        ? "No cars on this account"
        : "No particular car";

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Select
            label="Kind"
            placeholder="Choose a kind"
            data={EVENT_KIND_OPTIONS}
            withAsterisk
            allowDeselect={false}
            checkIconPosition="right"
            data-autofocus
            {...form.getInputProps("kind")}
            onChange={(kind) => {
              form.setFieldValue("kind", kind as EventFormValues["kind"]);
              // Switching to a social event makes the customer optional: drop the old complaint.
              if (kind === "SOCIAL") form.clearFieldError("customer");
            }}
          />
          <TextInput
            label="Title"
            placeholder={social ? "Spring cars & coffee" : "Detail before the show"}
            withAsterisk
            maxLength={200}
            {...form.getInputProps("title")}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <CustomerSelect
            label="Customer"
            placeholder={social ? "For everyone" : "Search customers"}
            description={social ? "Leave empty to show it to every customer" : undefined}
            withAsterisk={!social}
            clearable={social}
            value={values.customer}
            error={form.errors.customer}
            onChange={(picked) => {
              form.setFieldValue("customer", picked);
              if (picked?.id !== values.customer?.id) form.setFieldValue("carId", null);
            }}
          />
          <Select
            label="Car"
            placeholder={carPlaceholder}
            data={carOptions}
            disabled={!values.customer || carOptions.length === 0}
            clearable
            checkIconPosition="right"
            {...form.getInputProps("carId")}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md">
          <TextInput type="date" label="Start date" withAsterisk {...form.getInputProps("startDate")} />
          <TextInput type="time" label="Start time" withAsterisk {...form.getInputProps("startTime")} />
          <TextInput type="date" label="End date" {...form.getInputProps("endDate")} />
          <TextInput type="time" label="End time" {...form.getInputProps("endTime")} />
        </SimpleGrid>
        <ZoneNote day={values.startDate} time={values.startTime} timeZone={timeZone} />
        <TextInput
          label="Location"
          placeholder="Detail bay 2, front gate…"
          maxLength={200}
          {...form.getInputProps("location")}
        />
        <Textarea
          label="Notes"
          placeholder="Shown to the customer in their portal and in the email"
          autosize
          minRows={2}
          maxRows={6}
          {...form.getInputProps("notes")}
        />
        {!event && (
          <Group gap={6} wrap="nowrap" c="dimmed">
            <IconMail size={16} style={{ flexShrink: 0 }} aria-hidden />
            <Text size="xs">
              {values.customer
                ? `People on ${values.customer.name}'s account who get ${social ? "social event" : "scheduling"} emails are told about it.`
                : social
                  ? "Every customer sees it in their portal's schedule. No email goes out."
                  : "The customer's people who get scheduling emails are told about it."}
            </Text>
          </Group>
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
          <Button type="submit" loading={scheduling.loading || updating.loading}>
            {event ? "Save event" : "Schedule event"}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * Says which clock the inputs are on when the browser's is another (and when that moment is where
 * the browser is), and which of the two a time that happens twice (clocks going back) is.
 */
function ZoneNote({ day, time, timeZone }: { day: string; time: string; timeZone?: string }) {
  const here = browserTimeZone();
  const zone = timeZone ?? here;
  const start = fromInputs(day, time, zone);
  const elsewhere = zone !== here;
  const repeated = isRepeatedWallTime(day, time, zone);
  if (!elsewhere && !repeated) return null;
  const abbreviation = zoneAbbreviation(start ?? new Date(), zone);
  return (
    <Group gap={6} wrap="nowrap" align="flex-start" c="dimmed" mt={-6} data-testid="event-time-zone">
      <IconClock size={16} style={{ flexShrink: 0, marginTop: 1 }} aria-hidden />
      <Text size="xs">
        {elsewhere && (
          <>
            Times are in{" "}
            <Text span inherit fw={600} c="var(--mantine-color-text)">
              {zone.replaceAll("_", " ")} ({abbreviation})
            </Text>
            , the facility's time zone.
            {start && ` That is ${dayLabel(start, here)}, ${clock(start, here)} where you are.`}
          </>
        )}
        {repeated &&
          `${elsewhere ? " " : ""}${time} happens twice that night as clocks go back: this is the first, in ${abbreviation}.`}
      </Text>
    </Group>
  );
}
