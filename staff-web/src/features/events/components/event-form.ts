import { addHours, isSameDay, startOfHour } from "date-fns";
import type { EventInput, EventKind, ScheduledEventFieldsFragment } from "../../../gql/graphql";
import { blankToNull } from "../../../lib/forms";
import { fromInputs, toDateInput, toTimeInput } from "./event-time";

export type PickedCustomer = { id: string; name: string };

export type EventFormValues = {
  kind: EventKind | null;
  title: string;
  customer: PickedCustomer | null;
  carId: string | null;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  location: string;
  notes: string;
};

/**
 * A new event starts at the next full hour (tomorrow morning when that is late in the day), or at
 * 09:00 on a day picked from the schedule.
 */
export function newEventValues(customer: PickedCustomer | null, now = new Date(), day?: Date): EventFormValues {
  let start = startOfHour(addHours(now, 1));
  if (day && !isSameDay(day, now)) {
    start = new Date(day.getFullYear(), day.getMonth(), day.getDate(), 9);
  } else if (start.getHours() >= 18 || start.getHours() < 7) {
    start = new Date(start.getFullYear(), start.getMonth(), start.getDate() + (start.getHours() >= 18 ? 1 : 0), 9);
  }
  return {
    kind: null,
    title: "",
    customer,
    carId: null,
    startDate: toDateInput(start),
    startTime: toTimeInput(start),
    endDate: "",
    endTime: "",
    location: "",
    notes: "",
  };
}

export function eventValues(event: ScheduledEventFieldsFragment): EventFormValues {
  const start = new Date(event.startsAt);
  const end = event.endsAt ? new Date(event.endsAt) : null;
  return {
    kind: event.kind,
    title: event.title,
    customer: event.customerId ? { id: event.customerId, name: event.customerName ?? "Customer" } : null,
    carId: event.carId,
    startDate: toDateInput(start),
    startTime: toTimeInput(start),
    endDate: end ? toDateInput(end) : "",
    endTime: end ? toTimeInput(end) : "",
    location: event.location ?? "",
    notes: event.notes ?? "",
  };
}

/** An end time alone ends on the start's day. */
function endOf(values: EventFormValues): Date | null {
  return fromInputs(values.endDate || values.startDate, values.endTime);
}

export const eventValidation = {
  kind: (kind: EventFormValues["kind"]) => (kind ? null : "Choose what kind of event this is"),
  title: (title: string) =>
    !title.trim() ? "Give the event a title" : title.trim().length > 200 ? "Keep the title to 200 characters" : null,
  customer: (customer: PickedCustomer | null, values: EventFormValues) =>
    customer || values.kind === "SOCIAL" ? null : "Pick the customer this event is for",
  startDate: (day: string) => (/^\d{4}-\d{2}-\d{2}$/.test(day) ? null : "Pick a date"),
  startTime: (time: string) => (/^\d{2}:\d{2}$/.test(time) ? null : "Pick a time"),
  endTime: (time: string, values: EventFormValues) => {
    if (!time) return values.endDate ? "Add an end time, or clear the end date" : null;
    const start = fromInputs(values.startDate, values.startTime);
    const end = endOf(values);
    if (!end) return "Pick a time";
    return start && end <= start ? "Ends after it starts" : null;
  },
};

export function toEventInput(values: EventFormValues): EventInput {
  const start = fromInputs(values.startDate, values.startTime);
  if (!values.kind || !start) throw new Error("toEventInput needs validated values");
  const end = values.endTime ? endOf(values) : null;
  return {
    kind: values.kind,
    title: values.title.trim(),
    customerId: values.customer?.id ?? null,
    carId: values.customer ? values.carId : null,
    startsAt: start.toISOString(),
    endsAt: end ? end.toISOString() : null,
    location: blankToNull(values.location),
    notes: blankToNull(values.notes),
  };
}
