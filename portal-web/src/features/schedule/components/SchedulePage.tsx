import { Box, Button, Paper, Skeleton, Stack, Text, Title } from "@mantine/core";
import { IconCalendarEvent } from "@tabler/icons-react";
import { useState } from "react";
import { PageHeader } from "../../../components/PageHeader";
import { QueryFailure } from "../../../components/QueryFailure";
import { useViewer } from "../../../lib/viewer";
import { usePortalSchedule } from "../api/portal-schedule";
import { CalendarSubscribeCard } from "./CalendarSubscribeCard";
import { EventCard } from "./EventCard";

const PAST_SHOWN = 5;

export function SchedulePage() {
  const viewer = useViewer();
  const { data, error, refetch } = usePortalSchedule();
  const [allPast, setAllPast] = useState(false);
  const schedule = data?.portalSchedule;
  if (!schedule) {
    return (
      <>
        <PageHeader title="Schedule" />
        {error ? (
          <QueryFailure error={error} onRetry={() => refetch()} />
        ) : (
          <Stack role="status" aria-label="Loading the schedule">
            <Skeleton height={120} radius="lg" />
            <Skeleton height={120} radius="lg" />
          </Stack>
        )}
      </>
    );
  }
  const past = allPast ? schedule.past : schedule.past.slice(0, PAST_SHOWN);
  return (
    <>
      <PageHeader title="Schedule" description="Appointments for your cars and events at the facility" />
      <Stack component="section" aria-labelledby="upcoming" gap="md">
        <Title order={2} size="h3" id="upcoming">
          Upcoming
        </Title>
        {schedule.upcoming.length === 0 ? (
          <Paper withBorder radius="lg" p="xl" ta="center">
            <IconCalendarEvent size={28} stroke={1.5} color="var(--mantine-color-gray-5)" aria-hidden />
            <Text fw={600} mt="xs">
              Nothing scheduled
            </Text>
            <Text size="sm" c="dimmed">
              Pick-ups, drop-offs, service and events at {viewer.facility.name} will show up here.
            </Text>
          </Paper>
        ) : (
          schedule.upcoming.map((event) => <EventCard key={event.id} event={event} />)
        )}
      </Stack>
      <Box mt="xl">
        <CalendarSubscribeCard />
      </Box>
      {schedule.past.length > 0 && (
        <Stack component="section" aria-labelledby="past" gap="md" mt="xl">
          <Title order={2} size="h3" id="past">
            Past
          </Title>
          {past.map((event) => (
            <EventCard key={event.id} event={event} past />
          ))}
          {schedule.past.length > PAST_SHOWN && (
            <Button variant="subtle" onClick={() => setAllPast((v) => !v)} style={{ alignSelf: "flex-start" }}>
              {allPast ? "Show fewer" : `Show all ${schedule.past.length} past events`}
            </Button>
          )}
        </Stack>
      )}
    </>
  );
}
