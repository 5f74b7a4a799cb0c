import { ActionIcon, Badge, Card, CopyButton, Group, Stack, Text, Tooltip } from "@mantine/core";
import { IconCheck, IconCopy, IconMapPin } from "@tabler/icons-react";
import type { CarCardFieldsFragment } from "../../../gql/graphql";
import classes from "./CarCard.module.css";
import { carStatusLook } from "./car-status";

export function CarCard({ car }: { car: CarCardFieldsFragment }) {
  const status = carStatusLook(car.status);
  const titleId = `car-${car.id}-title`;
  return (
    <Card component="article" withBorder radius="lg" padding="lg" aria-labelledby={titleId} className={classes.card}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm" mb="md">
        <Stack gap={2} miw={0}>
          <Text component="h3" id={titleId} fw={650} size="lg" lh={1.3} className={classes.title}>
            {car.displayName}
          </Text>
          {car.color && (
            <Text size="sm" c="dimmed">
              {car.color}
            </Text>
          )}
        </Stack>
        <Badge color={status.color} variant="light" size="lg" radius="sm" tt="none" fw={600} className={classes.badge}>
          {status.label}
        </Badge>
      </Group>

      {car.location && (
        <Group gap={6} mb="md" wrap="nowrap" c="dimmed">
          <IconMapPin size={16} stroke={1.7} aria-hidden />
          <Text size="sm" c="var(--mantine-color-text)">
            <span className={classes.srOnly}>Location: </span>
            {car.location}
          </Text>
        </Group>
      )}

      {(car.plate || car.vin) && (
        <dl className={classes.details}>
          {car.plate && (
            <div>
              <dt>Plate</dt>
              <dd>
                <span className={classes.plate}>{car.plate}</span>
              </dd>
            </div>
          )}
          {car.vin && (
            <div>
              <dt>VIN / hull ID</dt>
              <dd className={classes.vinRow}>
                <span className={classes.vin}>{car.vin}</span>
                <CopyButton value={car.vin} timeout={1500}>
                  {({ copied, copy }) => (
                    <Tooltip label={copied ? "Copied" : "Copy"} withArrow position="top">
                      <ActionIcon
                        variant="subtle"
                        color={copied ? "teal" : "gray"}
                        size="sm"
                        onClick={copy}
                        aria-label={`Copy VIN of ${car.displayName}`}
                      >
                        {copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
                      </ActionIcon>
                    </Tooltip>
                  )}
                </CopyButton>
              </dd>
            </div>
          )}
        </dl>
      )}
    </Card>
  );
}
