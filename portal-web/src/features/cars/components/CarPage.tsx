import {
  ActionIcon,
  Badge,
  Button,
  Card,
  CopyButton,
  Grid,
  Group,
  Skeleton,
  Stack,
  Text,
  ThemeIcon,
  Timeline,
  Title,
  Tooltip,
} from "@mantine/core";
import {
  IconCheck,
  IconClipboardCheck,
  IconCopy,
  IconGauge,
  IconHistory,
  IconTool,
  IconUser,
} from "@tabler/icons-react";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { PageHeader } from "../../../components/PageHeader";
import { QueryFailure } from "../../../components/QueryFailure";
import type { PortalCarQuery } from "../../../gql/graphql";
import { formatDate, formatMoment, formatNumber } from "../../../lib/format";
import { useIsPreview, useSections } from "../../../lib/viewer";
import { usePortalCar } from "../api/car-detail";
import classes from "./CarPage.module.css";
import { carEventLook } from "./car-history";
import { carStatusLook } from "./car-status";
import { PhotoGallery, PhotoStrip } from "./PhotoGallery";

type Car = PortalCarQuery["car"];

const HISTORY_SHOWN = 8;

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className={classes.detailRow}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

const none = (
  <Text span c="dimmed" size="sm">
    —
  </Text>
);

function Details({ car }: { car: Car }) {
  const status = carStatusLook(car.status);
  return (
    <Card withBorder radius="lg" padding="lg">
      <Title order={2} size="h4" mb="sm">
        Details
      </Title>
      <dl className={classes.details}>
        <Row label="Status">
          <Badge color={status.color} variant="light" radius="sm" tt="none" fw={600}>
            {status.label}
          </Badge>
        </Row>
        <Row label="Location">
          {car.location ?? (
            <Text span c="dimmed" size="sm">
              Not recorded
            </Text>
          )}
        </Row>
        <Row label="Plate">{car.plate ? <span className={classes.plate}>{car.plate}</span> : none}</Row>
        <Row label="VIN / hull ID">
          {car.vin ? (
            <Group gap={4} wrap="nowrap">
              <span className={classes.vin}>{car.vin}</span>
              <CopyButton value={car.vin} timeout={1500}>
                {({ copied, copy }) => (
                  <Tooltip label={copied ? "Copied" : "Copy"} withArrow>
                    <ActionIcon
                      variant="subtle"
                      color={copied ? "teal" : "gray"}
                      size="sm"
                      onClick={copy}
                      aria-label="Copy VIN"
                    >
                      {copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
                    </ActionIcon>
                  </Tooltip>
                )}
              </CopyButton>
            </Group>
          ) : (
            none
          )}
        </Row>
        <Row label="Year">{car.year ?? none}</Row>
        <Row label="Make">{car.make}</Row>
        <Row label="Model">{car.model}</Row>
        {car.color && <Row label="Colour">{car.color}</Row>}
      </dl>
    </Card>
  );
}

function History({ events }: { events: Car["history"] }) {
  const [all, setAll] = useState(false);
  const shown = all ? events : events.slice(0, HISTORY_SHOWN);
  return (
    <Stack component="section" aria-labelledby="car-history" gap="md">
      <Title order={2} size="h3" id="car-history">
        History
      </Title>
      {events.length === 0 ? (
        <Card withBorder radius="lg" padding="lg">
          <Group gap="sm" wrap="nowrap">
            <ThemeIcon variant="light" color="gray" radius="xl" aria-hidden>
              <IconHistory size={16} />
            </ThemeIcon>
            <Text size="sm" c="dimmed">
              Nothing recorded yet. Moves, washes, service and battery care will show up here.
            </Text>
          </Group>
        </Card>
      ) : (
        <Card withBorder radius="lg" padding="lg">
          <Timeline bulletSize={30} lineWidth={2} aria-label="History, newest first">
            {shown.map((event) => {
              const look = carEventLook(event.kind);
              return (
                <Timeline.Item
                  key={event.id}
                  bullet={
                    <ThemeIcon size={30} radius="xl" variant="light" color={look.color} aria-hidden>
                      <look.icon size={16} />
                    </ThemeIcon>
                  }
                  title={
                    <Text fw={600} size="sm">
                      {look.label}
                    </Text>
                  }
                >
                  <Text size="xs" c="dimmed">
                    <time dateTime={event.happenedAt}>{formatMoment(event.happenedAt)}</time>
                  </Text>
                  {event.notes && (
                    <Text size="sm" mt={4} className={classes.notes}>
                      {event.notes}
                    </Text>
                  )}
                </Timeline.Item>
              );
            })}
          </Timeline>
          {events.length > HISTORY_SHOWN && (
            <Button variant="subtle" size="xs" mt="md" onClick={() => setAll((v) => !v)}>
              {all ? "Show less" : `Show all ${events.length} entries`}
            </Button>
          )}
        </Card>
      )}
    </Stack>
  );
}

function ConditionReports({ reports, carName }: { reports: Car["conditionReports"]; carName: string }) {
  return (
    <Stack component="section" aria-labelledby="condition-reports" gap="md">
      <Title order={2} size="h3" id="condition-reports">
        Condition reports
      </Title>
      {reports.length === 0 ? (
        <Card withBorder radius="lg" padding="lg">
          <Group gap="sm" wrap="nowrap">
            <ThemeIcon variant="light" color="gray" radius="xl" aria-hidden>
              <IconClipboardCheck size={16} />
            </ThemeIcon>
            <Text size="sm" c="dimmed">
              No condition reports yet. When the team inspects this car, the report and its photos appear here.
            </Text>
          </Group>
        </Card>
      ) : (
        reports.map((report) => (
          <Card
            key={report.id}
            component="article"
            withBorder
            radius="lg"
            padding="lg"
            aria-label={`Condition report of ${formatDate(report.inspectedOn)}`}
          >
            <Group justify="space-between" align="flex-start" gap="xs" mb="xs">
              <Text fw={650}>{formatDate(report.inspectedOn)}</Text>
              {report.odometer !== null && (
                <Group gap={4} c="dimmed" wrap="nowrap">
                  <IconGauge size={16} aria-hidden />
                  <Text size="sm">Odometer {formatNumber(report.odometer)}</Text>
                </Group>
              )}
            </Group>
            <Group gap={6} c="dimmed" mb={report.notes || report.photos.length ? "sm" : 0}>
              <IconUser size={15} aria-hidden />
              <Text size="sm">Inspected by {report.inspector}</Text>
            </Group>
            {report.notes && (
              <Text size="sm" mb={report.photos.length ? "sm" : 0} className={classes.notes}>
                {report.notes}
              </Text>
            )}
            <PhotoStrip photos={report.photos} title={`${carName} · ${formatDate(report.inspectedOn)}`} />
          </Card>
        ))
      )}
    </Stack>
  );
}

export function CarPage() {
  const { id = "" } = useParams();
  const { data, error, refetch } = usePortalCar(id);
  const requestsOn = useSections().has("SERVICE_REQUESTS");
  const preview = useIsPreview();
  const car = data?.car;
  const back = { to: "/vehicles", label: "All cars" };
  if (!car) {
    if (error) return <QueryFailure error={error} onRetry={() => refetch()} missing={{ what: "car", back }} />;
    return (
      <Stack gap="lg" role="status" aria-label="Loading the car">
        <Skeleton height={32} width="50%" />
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Skeleton height={340} radius="lg" />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Skeleton height={340} radius="lg" />
          </Grid.Col>
        </Grid>
      </Stack>
    );
  }
  const status = carStatusLook(car.status);
  return (
    <>
      <PageHeader
        title={car.displayName}
        back={back}
        description={[car.color, car.location].filter(Boolean).join(" · ") || undefined}
        badge={
          <Badge color={status.color} variant="light" size="lg" radius="sm" tt="none" fw={600}>
            {status.label}
          </Badge>
        }
        actions={
          requestsOn &&
          !preview && (
            <Button
              component={Link}
              to={`/requests/new?car=${encodeURIComponent(car.id)}`}
              variant="light"
              leftSection={<IconTool size={18} />}
            >
              Request service
            </Button>
          )
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <PhotoGallery photos={car.photos} title={car.displayName} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Details car={car} />
        </Grid.Col>
      </Grid>
      <Grid gap="lg" mt="xl">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <History events={car.history} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <ConditionReports reports={car.conditionReports} carName={car.displayName} />
        </Grid.Col>
      </Grid>
    </>
  );
}
