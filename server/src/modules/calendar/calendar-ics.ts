import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import ical, { ICalCalendarMethod } from "ical-generator";
import { DateTime } from "luxon";
import type { EventRow } from "../events/event.service.js";

const kindLabels: Record<EventRow["kind"], string> = {
  PICK_UP: "Pick-up",
  DROP_OFF: "Drop-off",
  DETAILING: "Detailing",
  SERVICE: "Service",
  SOCIAL: "Event",
  OTHER: "Appointment",
};

export type CalendarOf = {
  /** The calendar's name in the person's app ("Harbor Storage"). */
  name: string;
  /** The facility's IANA zone: events are written in it, with its VTIMEZONE. */
  timeZone: string;
  /** The deployment's public URL: UIDs name its host, events link to the portal's schedule. */
  publicUrl: string;
};

/** An event's UID: the same in the feed and in a single event's file, for as long as the event lives. */
export function eventUid(eventId: number, publicUrl: string): string {
  return `event-${eventId}@${new URL(publicUrl).hostname}`;
}

/**
 * The events as an RFC 5545 calendar. Times are written in the facility's zone (TZID with its
 * VTIMEZONE) so an app abroad still shows the facility's hours right; a zone the VTIMEZONE
 * generator does not know falls back to UTC times, which are never wrong. DTSTAMP and LAST-MODIFIED
 * are the event's last change, not the time of the request, so an unchanged schedule gives the same
 * bytes (and ETag) on every fetch.
 */
export function buildCalendar(of: CalendarOf, events: EventRow[], options: { refreshHours?: number } = {}): string {
  const zoned = getVtimezoneComponent(of.timeZone) !== null;
  const calendar = ical({
    name: of.name,
    prodId: { company: "Portico", product: "Portal schedule", language: "EN" },
    method: ICalCalendarMethod.PUBLISH,
    ...(zoned ? { timezone: { name: null, generator: getVtimezoneComponent } } : {}),
    ...(options.refreshHours ? { ttl: options.refreshHours * 3600 } : {}),
    x: zoned ? [{ key: "X-WR-TIMEZONE", value: of.timeZone }] : [],
  });
  const at = (instant: Date) => (zoned ? DateTime.fromJSDate(instant, { zone: of.timeZone }) : instant);
  const scheduleUrl = `${of.publicUrl}/portal/schedule`;
  for (const event of events) {
    const changed = event.updatedAt ?? event.createdAt;
    const description = [
      kindLabels[event.kind],
      event.carName ? `Car: ${event.carName}` : null,
      event.notes,
      `See it in the portal: ${scheduleUrl}`,
    ].filter((line): line is string => Boolean(line));
    calendar.createEvent({
      id: eventUid(event.id, of.publicUrl),
      sequence: event.sequence,
      stamp: changed,
      lastModified: changed,
      created: event.createdAt,
      ...(zoned ? { timezone: of.timeZone } : {}),
      start: at(event.startsAt),
      ...(event.endsAt ? { end: at(event.endsAt) } : {}),
      summary: event.title,
      location: event.location,
      description: description.join("\n"),
      url: scheduleUrl,
    });
  }
  return calendar.toString();
}
