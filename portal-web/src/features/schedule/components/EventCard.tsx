import { Badge, Button, Card, Group, Stack, Text } from "@mantine/core";
import { IconCalendarDown, IconCar, IconClock, IconMapPin, IconUsers } from "@tabler/icons-react";
import type { ScheduledEventFieldsFragment } from "../../../gql/graphql";
import { calendarParts, dayInZone, formatDateTime, formatTime, zoneAbbreviation } from "../../../lib/format";
import { useFacilityTimeZone } from "../../session/api/facility-time-zone";
import classes from "./EventCard.module.css";
import { eventKindLook } from "./event-kind";
import { RsvpControl } from "./RsvpControl";

/** Month, day and weekday stacked like a desk calendar page, in the facility's zone. */
export function DateBlock({ date, timeZone, muted = false }: { date: Date; timeZone?: string; muted?: boolean }) {
  const { month, day, weekday } = calendarParts(date, timeZone);
  return (
    <div className={classes.dateBlock} data-muted={muted || undefined} aria-hidden>
      <span className={classes.month}>{month}</span>
      <span className={classes.day}>{day}</span>
      <span className={classes.weekday}>{weekday}</span>
    </div>
  );
}

/**
 * The date block beside it says which day: a same-day event needs only its hours. Written in the
 * facility's zone and named ("7:00 PM – 9:00 PM PDT"), so nobody shows up an hour early abroad.
 */
export function eventTime(startsAt: string, endsAt: string | null, timeZone?: string): string {
  const start = new Date(startsAt);
  const zone = timeZone ? ` ${zoneAbbreviation(start, timeZone)}` : "";
  if (!endsAt) return `${formatTime(start, timeZone)}${zone}`;
  const end = new Date(endsAt);
  return dayInZone(start, timeZone) === dayInZone(end, timeZone)
    ? `${formatTime(start, timeZone)} – ${formatTime(end, timeZone)}${zone}`
    : `${formatTime(start, timeZone)} – ${formatDateTime(end, timeZone)}${zone}`;
}

const rsvpWords = { GOING: "You went", MAYBE: "You said maybe", NOT_GOING: "You couldn't go" } as const;

export function EventCard({ event, past = false }: { event: ScheduledEventFieldsFragment; past?: boolean }) {
  const kind = eventKindLook(event.kind);
  const social = event.kind === "SOCIAL";
  const titleId = `event-${event.id}`;
  const timeZone = useFacilityTimeZone();
  return (
    <Card withBorder radius="lg" padding="md" component="article" aria-labelledby={titleId} className={classes.card}>
      <Group align="flex-start" wrap="nowrap" gap="md">
        <DateBlock date={new Date(event.startsAt)} timeZone={timeZone} muted={past} />
        <Stack gap={6} className={classes.body}>
          <Group gap="xs" wrap="wrap">
            <Text component="h3" fw={650} id={titleId} className={classes.title}>
              {event.title}
            </Text>
            <Badge color={kind.color} variant="light" radius="sm" tt="none" fw={600} size="sm">
              {kind.label}
            </Badge>
          </Group>
          <Group gap={6} c="dimmed" wrap="nowrap">
            <IconClock size={15} aria-hidden />
            <Text size="sm">
              <span className={classes.srOnly}>{formatDateTime(event.startsAt, timeZone)}, </span>
              {eventTime(event.startsAt, event.endsAt, timeZone)}
            </Text>
          </Group>
          {event.location && (
            <Group gap={6} c="dimmed" wrap="nowrap">
              <IconMapPin size={15} aria-hidden />
              <Text size="sm">{event.location}</Text>
            </Group>
          )}
          {event.carName && (
            <Group gap={6} c="dimmed" wrap="nowrap">
              <IconCar size={15} aria-hidden />
              <Text size="sm">{event.carName}</Text>
            </Group>
          )}
          {event.notes && (
            <Text size="sm" className={classes.notes}>
              {event.notes}
            </Text>
          )}
          {social && (
            <Group gap={6} wrap="nowrap">
              <IconUsers size={15} aria-hidden color="var(--mantine-color-pink-6)" />
              <Text size="sm" fw={600}>
                {event.goingCount} going
              </Text>
              {past && event.myRsvp && (
                <Text size="sm" c="dimmed">
                  · {rsvpWords[event.myRsvp]}
                </Text>
              )}
            </Group>
          )}
          {!past && (
            <Button
              component="a"
              href={`/calendar/events/${event.id}.ics`}
              download
              variant="subtle"
              size="compact-sm"
              leftSection={<IconCalendarDown size={16} aria-hidden />}
              aria-label={`Add ${event.title} to your calendar`}
              className={classes.addToCalendar}
            >
              Add to calendar
            </Button>
          )}
        </Stack>
      </Group>
      {social && !past && (
        <div className={classes.rsvp}>
          <RsvpControl eventId={event.id} title={event.title} myRsvp={event.myRsvp} myGuests={event.myGuests ?? 0} />
        </div>
      )}
    </Card>
  );
}
