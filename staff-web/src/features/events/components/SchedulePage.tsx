import {
  Badge,
  Box,
  Button,
  Divider,
  EmptyState,
  Group,
  Paper,
  Skeleton,
  Stack,
  Text,
  Title,
  Tooltip,
} from "@mantine/core";
import { IconCalendarEvent, IconChevronLeft, IconChevronRight, IconPlus } from "@tabler/icons-react";
import { addDays, isBefore, isSameDay, startOfDay } from "date-fns";
import { Fragment, lazy, Suspense, useMemo, useState } from "react";
import { useSearchParams } from "react-router";
import { DividedList } from "../../../components/DividedList";
import { QueryErrorAlert } from "../../../components/QueryErrorAlert";
import type { ScheduledEventFieldsFragment } from "../../../gql/graphql";
import { dayInZone, facilityToday, parseCalendarDate } from "../../../lib/dates";
import { useNow } from "../../../lib/use-now";
import { useFacilityTimeZone } from "../../auth/api/staff-viewer";
import { useSchedule } from "../api/schedule";
import { EventItem } from "./EventItem";
import { parseWeekParam, scheduleDayLabel, weekDays, weekLabel, weekParam, weekStart } from "./event-time";

const EventDialog = lazy(() => import("./EventDialog"));
const CancelEventDialog = lazy(() => import("./CancelEventDialog"));

type Dialog =
  | { kind: "new"; day?: Date }
  | { kind: "edit"; event: ScheduledEventFieldsFragment }
  | { kind: "cancel"; event: ScheduledEventFieldsFragment };

const SCHEDULE_LIMIT = 500;

/** The facility's week as an agenda: every day from Monday to Sunday with its events in time order. */
export function SchedulePage() {
  const timeZone = useFacilityTimeZone();
  // The facility's today (its local midnight, as the week's days are): this week and the "Today"
  // mark follow the facility's calendar, not the browser's.
  const now = useNow();
  const todayKey = facilityToday(timeZone, now);
  const today = useMemo(() => parseCalendarDate(todayKey) ?? new Date(), [todayKey]);
  const [params, setParams] = useSearchParams();
  const start = parseWeekParam(params.get("week"), today);
  const thisWeek = isSameDay(start, weekStart(today));
  const end = addDays(start, 7);
  // Days are the facility's: a day either side covers a browser in another zone, then each event
  // goes on the facility's day it falls on.
  const { data, previousData, loading, error, refetch } = useSchedule(addDays(start, -1), addDays(end, 1));
  const startMs = start.getTime();
  const weekKeys = useMemo(() => new Set(weekDays(new Date(startMs)).map(weekParam)), [startMs]);
  const events = (data ?? previousData)?.schedule.filter((e) =>
    weekKeys.has(dayInZone(new Date(e.startsAt), timeZone)),
  );
  const stale = !data && !!previousData;
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);

  const days = useMemo(() => {
    const byDay = weekDays(new Date(startMs)).map((day) => ({ day, events: [] as ScheduledEventFieldsFragment[] }));
    for (const event of events ?? []) {
      const key = dayInZone(new Date(event.startsAt), timeZone);
      const slot = byDay.find((d) => weekParam(d.day) === key);
      slot?.events.push(event);
    }
    return byDay;
  }, [events, startMs, timeZone]);

  const goTo = (week: Date | null) => {
    const next = new URLSearchParams(params);
    if (week && !isSameDay(week, weekStart(today))) next.set("week", weekParam(week));
    else next.delete("week");
    setParams(next);
  };

  const count = events?.length ?? 0;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <div>
          <Title order={1} className="page-title">
            Schedule
          </Title>
          <Text c="dimmed" size="sm" aria-live="polite">
            {weekLabel(start)}
            {events && ` · ${count === 0 ? "nothing scheduled" : count === 1 ? "1 event" : `${count} events`}`}
          </Text>
        </div>
        <Button leftSection={<IconPlus size={18} />} onClick={() => setDialog({ kind: "new" })}>
          New event
        </Button>
      </Group>

      <Group gap="xs" wrap="nowrap">
        <Button.Group>
          <Button
            variant="default"
            leftSection={<IconChevronLeft size={16} />}
            onClick={() => goTo(addDays(start, -7))}
            px="sm"
          >
            Previous week
          </Button>
          <Button variant="default" onClick={() => goTo(null)} disabled={thisWeek} px="sm">
            Today
          </Button>
          <Button
            variant="default"
            rightSection={<IconChevronRight size={16} />}
            onClick={() => goTo(addDays(start, 7))}
            px="sm"
          >
            Next week
          </Button>
        </Button.Group>
      </Group>

      {error && !events ? (
        <QueryErrorAlert title="Could not load the schedule" error={error} onRetry={refetch} />
      ) : !events ? (
        <ScheduleSkeleton />
      ) : (
        <Paper
          withBorder
          radius="md"
          aria-busy={loading || stale}
          style={{ opacity: stale ? 0.6 : 1, transition: "opacity 150ms" }}
        >
          {error && (
            <Box p="sm">
              <QueryErrorAlert title="Could not refresh the schedule" error={error} onRetry={refetch} />
            </Box>
          )}
          {count === 0 && !stale ? (
            <EmptyState
              py={48}
              px="md"
              icon={<IconCalendarEvent size={28} />}
              withIndicatorBackground
              title={thisWeek ? "Nothing scheduled this week" : "Nothing scheduled that week"}
              description="Pick-ups, drop-offs, detailing, service appointments and social events show here, day by day."
            >
              <EmptyState.Actions>
                <Button leftSection={<IconPlus size={16} />} onClick={() => setDialog({ kind: "new", day: start })}>
                  New event
                </Button>
              </EmptyState.Actions>
            </EmptyState>
          ) : (
            days.map(({ day, events: dayEvents }, i) => (
              <Fragment key={day.toISOString()}>
                {i > 0 && <Divider />}
                <DaySection
                  day={day}
                  today={today}
                  events={dayEvents}
                  onAdd={() => setDialog({ kind: "new", day })}
                  onEdit={(event) => setDialog({ kind: "edit", event })}
                  onCancel={(event) => setDialog({ kind: "cancel", event })}
                />
              </Fragment>
            ))
          )}
          {count >= SCHEDULE_LIMIT && (
            <Text size="xs" c="dimmed" p="sm">
              Showing the first {SCHEDULE_LIMIT} events of this week.
            </Text>
          )}
        </Paper>
      )}

      <Suspense fallback={null}>
        {(dialog?.kind === "new" || dialog?.kind === "edit") && (
          <EventDialog
            opened
            onClose={close}
            event={dialog.kind === "edit" ? dialog.event : null}
            day={dialog.kind === "new" ? dialog.day : undefined}
          />
        )}
        {dialog?.kind === "cancel" && <CancelEventDialog event={dialog.event} onClose={close} />}
      </Suspense>
    </Stack>
  );
}

function DaySection({
  day,
  today: facilityDay,
  events,
  onAdd,
  onEdit,
  onCancel,
}: {
  day: Date;
  /** The facility's today, at its local midnight. */
  today: Date;
  events: ScheduledEventFieldsFragment[];
  onAdd: () => void;
  onEdit: (event: ScheduledEventFieldsFragment) => void;
  onCancel: (event: ScheduledEventFieldsFragment) => void;
}) {
  const today = isSameDay(day, facilityDay);
  const past = isBefore(day, startOfDay(facilityDay));
  const headingId = `day-${weekParam(day)}`;
  const label = scheduleDayLabel(day);
  return (
    <Box
      component="section"
      aria-labelledby={headingId}
      px={{ base: "sm", sm: "md" }}
      py="sm"
      bg={today ? "portico.0" : undefined}
      style={today ? { boxShadow: "inset 3px 0 0 var(--mantine-color-portico-6)" } : undefined}
    >
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Group gap="xs" wrap="nowrap">
          <Title order={2} fz="sm" fw={650} id={headingId} c={past ? "dimmed" : undefined}>
            {label}
          </Title>
          {today && (
            <Badge size="xs" variant="filled">
              Today
            </Badge>
          )}
        </Group>
        <Tooltip label={`New event on ${label}`} withArrow>
          <Button
            variant="subtle"
            color="gray"
            size="compact-xs"
            leftSection={<IconPlus size={12} />}
            onClick={onAdd}
            aria-label={`New event on ${label}`}
          >
            Add
          </Button>
        </Tooltip>
      </Group>
      {events.length === 0 ? (
        <Text size="xs" c="dimmed" py={4}>
          Nothing scheduled
        </Text>
      ) : (
        <DividedList items={events} getKey={(event) => event.id} dividerVariant="dashed">
          {(event) => (
            <EventItem event={event} context="schedule" onEdit={() => onEdit(event)} onCancel={() => onCancel(event)} />
          )}
        </DividedList>
      )}
    </Box>
  );
}

function ScheduleSkeleton() {
  return (
    <Paper withBorder radius="md" p="md" aria-busy="true" aria-label="Loading the schedule">
      <Stack gap="lg">
        {[0, 1, 2, 3].map((i) => (
          <Stack key={i} gap="xs">
            <Skeleton height={14} width={160} />
            <Skeleton height={40} />
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}
