import {
  ActionIcon,
  Badge,
  Button,
  Card,
  EmptyState,
  Group,
  Text,
  ThemeIcon,
  Timeline,
  Title,
  Tooltip,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { dateTime, relativeTime } from "@portico/web-core/time";
import { IconCheck, IconHistory, IconPlus, IconTrash } from "@tabler/icons-react";
import { lazy, Suspense, useState } from "react";
import { ConfirmDialog } from "../../../components/ConfirmDialog";
import type { CarHistoryFieldsFragment } from "../../../gql/graphql";
import { useRemoveCarEvent } from "../api/remove-car-event";
import { CAR_EVENT_KIND } from "./car-history-kinds";

const AddHistoryEntryDialog = lazy(() => import("./AddHistoryEntryDialog"));

/** Long histories open at their latest entries; the rest is one click away. */
const FIRST_SHOWN = 8;

type Props = { carId: string; carName: string; history: CarHistoryFieldsFragment[] };

export function HistoryCard({ carId, carName, history }: Props) {
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<CarHistoryFieldsFragment | null>(null);
  const [showAll, setShowAll] = useState(false);
  const [removeEntry] = useRemoveCarEvent(carId);
  const shown = showAll ? history : history.slice(0, FIRST_SHOWN);

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="history-heading">
      <Group justify="space-between" mb="md" gap="sm">
        <Group gap="xs">
          <Title order={2} fz="h4" id="history-heading">
            History
          </Title>
          {history.length > 0 && (
            <Badge variant="light" color="gray" size="sm" circle={history.length < 10}>
              {history.length}
            </Badge>
          )}
        </Group>
        <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setAdding(true)}>
          Add entry
        </Button>
      </Group>

      {history.length === 0 ? (
        <EmptyState
          size="sm"
          py="lg"
          icon={<IconHistory size={24} />}
          withIndicatorBackground
          title="No history yet"
          description="Record moves, washes, services and battery care. The customer sees the history in the portal."
        />
      ) : (
        <>
          <Timeline bulletSize={28} lineWidth={2} aria-label={`History of ${carName}`}>
            {shown.map((entry) => {
              const kind = CAR_EVENT_KIND[entry.kind];
              const at = new Date(entry.happenedAt);
              return (
                <Timeline.Item
                  key={entry.id}
                  bullet={
                    <ThemeIcon size={28} radius="xl" variant="light" color={kind.color} aria-hidden>
                      {kind.icon(15)}
                    </ThemeIcon>
                  }
                  title={
                    <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                      <Text fw={600} size="sm">
                        {kind.label}
                      </Text>
                      <Tooltip label="Remove entry" withArrow>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          size="sm"
                          aria-label={`Remove ${kind.label.toLowerCase()} entry of ${dateTime(at)}`}
                          onClick={() => setRemoving(entry)}
                        >
                          <IconTrash size={14} />
                        </ActionIcon>
                      </Tooltip>
                    </Group>
                  }
                  aria-label={kind.label}
                  component="article"
                >
                  {entry.notes && (
                    <Text size="sm" style={{ whiteSpace: "pre-line", overflowWrap: "anywhere" }}>
                      {entry.notes}
                    </Text>
                  )}
                  <Text size="xs" c="dimmed" mt={2}>
                    <time dateTime={entry.happenedAt} title={relativeTime(at)}>
                      {dateTime(at)}
                    </time>
                    {entry.recordedBy && ` · ${entry.recordedBy}`}
                  </Text>
                </Timeline.Item>
              );
            })}
          </Timeline>
          {history.length > FIRST_SHOWN && (
            <Button variant="subtle" size="xs" mt="sm" onClick={() => setShowAll((s) => !s)}>
              {showAll ? "Show fewer" : `Show all ${history.length} entries`}
            </Button>
          )}
        </>
      )}

      {adding && (
        <Suspense fallback={null}>
          <AddHistoryEntryDialog carId={carId} carName={carName} onClose={() => setAdding(false)} />
        </Suspense>
      )}
      {removing && (
        <ConfirmDialog
          title="Remove this history entry?"
          confirmLabel="Remove entry"
          onClose={() => setRemoving(null)}
          onConfirm={async () => {
            await removeEntry({ variables: { id: removing.id } });
            notifications.show({ color: "teal", icon: <IconCheck size={18} />, message: "History entry removed" });
          }}
        >
          <Text size="sm">
            “{CAR_EVENT_KIND[removing.kind].label}” of {dateTime(new Date(removing.happenedAt))} disappears from the
            car's history here and in the portal.
          </Text>
        </ConfirmDialog>
      )}
    </Card>
  );
}
