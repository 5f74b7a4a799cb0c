import { Badge, Button, Card, EmptyState, Group, SegmentedControl, Skeleton, Stack, Title } from "@mantine/core";
import { IconCalendarEvent, IconPlus } from "@tabler/icons-react";
import { lazy, Suspense, useState } from "react";
import { DividedList } from "../../../components/DividedList";
import { QueryErrorAlert } from "../../../components/QueryErrorAlert";
import type { ScheduledEventFieldsFragment } from "../../../gql/graphql";
import { useNow } from "../../../lib/use-now";
import { useCustomerEvents } from "../api/customer-events";
import { EventItem } from "./EventItem";

const EventDialog = lazy(() => import("./EventDialog"));
const CancelEventDialog = lazy(() => import("./CancelEventDialog"));

const SHOWN = 5;

type Dialog =
  | { kind: "new" }
  | { kind: "edit"; event: ScheduledEventFieldsFragment }
  | { kind: "cancel"; event: ScheduledEventFieldsFragment };

/** The customer page's Events card: what is coming up for this customer (and everyone), and what has been. */
export function EventsSection({ customer }: { customer: { id: string; name: string } }) {
  const { data, loading, error, refetch } = useCustomerEvents(customer.id);
  const now = useNow();
  const [tab, setTab] = useState<"upcoming" | "past">("upcoming");
  const [showAll, setShowAll] = useState(false);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);

  const all = data?.customer.events ?? [];
  // An event is past once it has ended (or started, when it has no end).
  const isPast = (e: ScheduledEventFieldsFragment) => new Date(e.endsAt ?? e.startsAt) < now;
  const upcoming = all.filter((e) => !isPast(e));
  const past = all.filter(isPast).reverse();
  const list = tab === "upcoming" ? upcoming : past;
  const shown = showAll ? list : list.slice(0, SHOWN);

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="events-heading">
      <Group justify="space-between" mb="md" gap="xs">
        <Group gap="xs">
          <Title order={2} fz="h4" id="events-heading">
            Events
          </Title>
          {upcoming.length > 0 && (
            <Badge variant="light" size="sm" circle={upcoming.length < 10} aria-label={`${upcoming.length} upcoming`}>
              {upcoming.length}
            </Badge>
          )}
        </Group>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} />}
          onClick={() => setDialog({ kind: "new" })}
        >
          Schedule event
        </Button>
      </Group>

      {error && !data ? (
        <QueryErrorAlert title="Could not load events" error={error} onRetry={refetch} />
      ) : loading && !data ? (
        <Stack gap="xs" aria-busy="true" aria-label="Loading events">
          <Skeleton height={32} />
          <Skeleton height={32} />
        </Stack>
      ) : all.length === 0 ? (
        <EmptyState
          size="sm"
          py="lg"
          icon={<IconCalendarEvent size={24} />}
          withIndicatorBackground
          title="No events yet"
          description="Schedule a pick-up, drop-off, detailing or service. The customer sees it in their portal."
        />
      ) : (
        <Stack gap="xs">
          <SegmentedControl
            size="xs"
            w="fit-content"
            value={tab}
            onChange={(v) => {
              setTab(v as "upcoming" | "past");
              setShowAll(false);
            }}
            data={[
              { value: "upcoming", label: `Upcoming (${upcoming.length})` },
              { value: "past", label: `Past (${past.length})` },
            ]}
            aria-label="Which events"
          />
          {list.length === 0 ? (
            <EmptyState
              size="sm"
              py="md"
              title={tab === "upcoming" ? "Nothing coming up" : "No past events"}
              description={tab === "upcoming" ? "Schedule the next visit with the button above." : undefined}
            />
          ) : (
            <DividedList items={shown} getKey={(event) => event.id}>
              {(event) => (
                <EventItem
                  event={event}
                  context="customer"
                  onEdit={() => setDialog({ kind: "edit", event })}
                  onCancel={() => setDialog({ kind: "cancel", event })}
                />
              )}
            </DividedList>
          )}
          {list.length > SHOWN && (
            <Button variant="subtle" size="compact-sm" w="fit-content" onClick={() => setShowAll((s) => !s)}>
              {showAll ? "Show fewer" : `Show all ${list.length}`}
            </Button>
          )}
        </Stack>
      )}

      <Suspense fallback={null}>
        {(dialog?.kind === "new" || dialog?.kind === "edit") && (
          <EventDialog
            opened
            onClose={close}
            event={dialog.kind === "edit" ? dialog.event : null}
            customer={dialog.kind === "new" ? customer : null}
          />
        )}
        {dialog?.kind === "cancel" && <CancelEventDialog event={dialog.event} onClose={close} />}
      </Suspense>
    </Card>
  );
}
