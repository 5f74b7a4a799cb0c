import {
  ActionIcon,
  AspectRatio,
  Badge,
  Button,
  Card,
  Divider,
  EmptyState,
  Group,
  Image,
  SimpleGrid,
  Stack,
  Text,
  Title,
  Tooltip,
  UnstyledButton,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconCheck, IconClipboardCheck, IconGauge, IconPlus, IconTrash, IconUser } from "@tabler/icons-react";
import { Fragment, lazy, Suspense, useState } from "react";
import { ConfirmDialog } from "../../../components/ConfirmDialog";
import type { ConditionReportFieldsFragment } from "../../../gql/graphql";
import { calendarDate } from "../../../lib/dates";
import { useRemoveConditionReport } from "../api/remove-condition-report";
import classes from "./PhotoGallery.module.css";

const NewConditionReportDialog = lazy(() => import("./NewConditionReportDialog"));
const PhotoLightbox = lazy(() => import("./PhotoLightbox"));

type Props = {
  carId: string;
  carName: string;
  reports: ConditionReportFieldsFragment[];
};

export function ConditionReportsCard({ carId, carName, reports }: Props) {
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<ConditionReportFieldsFragment | null>(null);
  const [viewing, setViewing] = useState<{ report: ConditionReportFieldsFragment; index: number } | null>(null);
  const [removeReport] = useRemoveConditionReport(carId);

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="reports-heading">
      <Group justify="space-between" mb="md" gap="sm">
        <Group gap="xs">
          <Title order={2} fz="h4" id="reports-heading">
            Condition reports
          </Title>
          {reports.length > 0 && (
            <Badge variant="light" color="gray" size="sm" circle={reports.length < 10}>
              {reports.length}
            </Badge>
          )}
        </Group>
        <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setAdding(true)}>
          New report
        </Button>
      </Group>

      {reports.length === 0 ? (
        <EmptyState
          size="sm"
          py="lg"
          icon={<IconClipboardCheck size={24} />}
          withIndicatorBackground
          title="No condition reports yet"
          description="Record the car's condition at drop-off, pick-up or an inspection: who looked, the odometer, notes and photos."
        />
      ) : (
        <Stack gap={0} component="ul" style={{ listStyle: "none", margin: 0, padding: 0 }}>
          {reports.map((report, i) => (
            <Fragment key={report.id}>
              {i > 0 && <Divider component="li" aria-hidden />}
              <Stack
                component="li"
                gap={6}
                py="sm"
                aria-label={`Condition report of ${calendarDate(report.inspectedOn)}`}
              >
                <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
                  <Stack gap={2} style={{ minWidth: 0 }}>
                    <Text fw={600} size="sm">
                      {calendarDate(report.inspectedOn)}
                    </Text>
                    <Group gap="md" wrap="wrap" style={{ rowGap: 2 }}>
                      <Group gap={4} wrap="nowrap">
                        <IconUser size={14} color="var(--mantine-color-dimmed)" aria-hidden />
                        <Text size="xs">{report.inspector}</Text>
                      </Group>
                      {report.odometer !== null && (
                        <Group gap={4} wrap="nowrap">
                          <IconGauge size={14} color="var(--mantine-color-dimmed)" aria-hidden />
                          <Text size="xs">Odometer {report.odometer.toLocaleString("en-US")}</Text>
                        </Group>
                      )}
                    </Group>
                  </Stack>
                  <Tooltip label="Remove report" withArrow>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={`Remove condition report of ${calendarDate(report.inspectedOn)}`}
                      onClick={() => setRemoving(report)}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Tooltip>
                </Group>
                {report.notes && (
                  <Text size="sm" style={{ whiteSpace: "pre-line", overflowWrap: "anywhere" }}>
                    {report.notes}
                  </Text>
                )}
                {report.photos.length > 0 && (
                  <SimpleGrid
                    cols={{ base: 4, sm: 6 }}
                    spacing={6}
                    component="ul"
                    className={classes.grid}
                    aria-label="Report photos"
                  >
                    {report.photos.map((photo, index) => (
                      <li key={photo.id} className={classes.tile}>
                        <AspectRatio ratio={1}>
                          <UnstyledButton
                            className={classes.open}
                            aria-label={`View report photo ${index + 1} of ${report.photos.length}`}
                            onClick={() => setViewing({ report, index })}
                          >
                            <Image src={photo.thumbnailUrl} alt="" fit="cover" h="100%" w="100%" loading="lazy" />
                          </UnstyledButton>
                        </AspectRatio>
                      </li>
                    ))}
                  </SimpleGrid>
                )}
              </Stack>
            </Fragment>
          ))}
        </Stack>
      )}

      {adding && (
        <Suspense fallback={null}>
          <NewConditionReportDialog carId={carId} onClose={() => setAdding(false)} />
        </Suspense>
      )}
      {viewing && (
        <Suspense fallback={null}>
          <PhotoLightbox
            photos={viewing.report.photos}
            index={viewing.index}
            subject={`${carName}, report of ${calendarDate(viewing.report.inspectedOn)}`}
            onIndexChange={(index) => setViewing({ ...viewing, index })}
            onClose={() => setViewing(null)}
          />
        </Suspense>
      )}
      {removing && (
        <ConfirmDialog
          title="Remove this condition report?"
          confirmLabel="Remove report"
          onClose={() => setRemoving(null)}
          onConfirm={async () => {
            await removeReport({ variables: { id: removing.id } });
            notifications.show({ color: "teal", icon: <IconCheck size={18} />, message: "Condition report removed" });
          }}
        >
          <Text size="sm">
            The report of {calendarDate(removing.inspectedOn)} by {removing.inspector}
            {removing.photos.length > 0
              ? `, with its ${removing.photos.length} ${removing.photos.length === 1 ? "photo" : "photos"},`
              : ""}{" "}
            is deleted for good, here and in the portal.
          </Text>
        </ConfirmDialog>
      )}
    </Card>
  );
}
