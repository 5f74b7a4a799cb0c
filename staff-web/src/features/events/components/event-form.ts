import type { EventInput, EventKind, ScheduledEventFieldsFragment } from "../../../gql/graphql";
import { browserTimeZone, clockInZone, dayInZone, skippedWallTime } from "../../../lib/dates";
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

/** The calendar day after ("2026-02-28" → "2026-03-01"). */
function nextDay(isoDay: string): string {
  const [y = 0, m = 0, d = 0] = isoDay.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/**
 * A new event starts at the next full hour on the facility's clock (tomorrow morning when that is
 * late in the day), or at 09:00 on a day ("2026-03-10", the facility's) picked from the schedule.
 * The inputs hold the facility's wall time (`timeZone`; the browser's until it is known).
 */
export function newEventValues(
  customer: PickedCustomer | null,
  now = new Date(),
  day?: string,
  timeZone?: string,
): EventFormValues {
  const today = dayInZone(now, timeZone);
  let startDate = today;
  let hour = Number(clockInZone(now, timeZone).slice(0, 2)) + 1;
  if (day && day !== today) {
    startDate = day;
    hour = 9;
  } else if (hour >= 18) {
    startDate = nextDay(today);
    hour = 9;
  } else if (hour < 7) {
    hour = 9;
  }
  return {
    kind: null,
    title: "",
    customer,
    carId: null,
    startDate,
    startTime: `${String(hour).padStart(2, "0")}:00`,
    endDate: "",
    endTime: "",
    location: "",
    notes: "",
  };
}

/** An event's times as the facility's clock reads them. */
export function eventValues(event: ScheduledEventFieldsFragment, timeZone?: string): EventFormValues {
  const start = new Date(event.startsAt);
  const end = event.endsAt ? new Date(event.endsAt) : null;
  return {
    kind: event.kind,
    title: event.title,
    customer: event.customerId ? { id: event.customerId, name: event.customerName ?? "Customer" } : null,
    carId: event.carId,
    startDate: toDateInput(start, timeZone),
    startTime: toTimeInput(start, timeZone),
    endDate: end ? toDateInput(end, timeZone) : "",
    endTime: end ? toTimeInput(end, timeZone) : "",
    location: event.location ?? "",
    notes: event.notes ?? "",
  };
}

/** An end time alone ends on the start's day. */
function endOf(values: EventFormValues, timeZone?: string): Date | null {
  return fromInputs(values.endDate || values.startDate, values.endTime, timeZone);
}

/**
 * A wall time the clocks skip (02:30 on a spring-forward night) is refused rather than moved: the
 * message names the time it would have become, so the change is the person's, not a surprise.
 */
function skipped(day: string, time: string, timeZone?: string): string | null {
  const instead = skippedWallTime(day, time, timeZone ?? browserTimeZone());
  return instead ? `Clocks go forward that night, so ${time} never happens. Pick ${instead} or another time.` : null;
}

export function eventValidation(timeZone?: string) {
  return {
    kind: (kind: EventFormValues["kind"]) => (kind ? null : "Choose what kind of event this is"),
    title: (title: string) =>
      !title.trim() ? "Give the event a title" : title.trim().length > 200 ? "Keep the title to 200 characters" : null,
    customer: (customer: PickedCustomer | null, values: EventFormValues) =>
      customer || values.kind === "SOCIAL" ? null : "Pick the customer this event is for",
    startDate: (day: string) => (/^\d{4}-\d{2}-\d{2}$/.test(day) ? null : "Pick a date"),
    startTime: (time: string, values: EventFormValues) =>
      /^\d{2}:\d{2}$/.test(time) ? skipped(values.startDate, time, timeZone) : "Pick a time",
    endTime: (time: string, values: EventFormValues) => {
      if (!time) return values.endDate ? "Add an end time, or clear the end date" : null;
      const gap = skipped(values.endDate || values.startDate, time, timeZone);
      if (gap) return gap;
      const start = fromInputs(values.startDate, values.startTime, timeZone);
      const end = endOf(values, timeZone);
      if (!end) return "Pick a time";
      return start && end <= start ? "Ends after it starts" : null;
    },
  };
}

/** The times go to the server as instants: the facility's wall time, placed in its zone. */
export function toEventInput(values: EventFormValues, timeZone?: string): EventInput {
  const start = fromInputs(values.startDate, values.startTime, timeZone);
  if (!values.kind || !start) throw new Error("toEventInput needs validated values");
  const end = values.endTime ? endOf(values, timeZone) : null;
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
