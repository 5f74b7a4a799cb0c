import { ActionIcon, Badge, Card, CopyButton, Group, Stack, Text, Tooltip } from "@mantine/core";
import { IconCar, IconCheck, IconCopy, IconMapPin } from "@tabler/icons-react";
import { Link } from "react-router";
import type { CarCardFieldsFragment } from "../../../gql/graphql";
import classes from "./CarCard.module.css";
import { carStatusLook } from "./car-status";

/** A car in a list: its newest photo, status and where it is; the whole card opens the car's page. */
export function CarCard({ car, compact = false }: { car: CarCardFieldsFragment; compact?: boolean }) {
  const status = carStatusLook(car.status);
  const titleId = `car-${car.id}-title`;
  return (
    <Card
      component="article"
      withBorder
      radius="lg"
      padding={0}
      aria-labelledby={titleId}
      className={classes.card}
      data-compact={compact || undefined}
    >
      <div className={classes.cover}>
        {car.coverThumbnailUrl ? (
          <img src={car.coverThumbnailUrl} alt="" loading="lazy" className={classes.coverImage} />
        ) : (
          <IconCar size={44} stroke={1.2} aria-hidden className={classes.coverIcon} />
        )}
        <Badge color={status.color} variant="white" size="md" radius="sm" tt="none" fw={650} className={classes.badge}>
          <span className={classes.dot} data-color={status.color} aria-hidden />
          {status.label}
        </Badge>
      </div>
      <Stack gap="sm" p="lg" className={classes.body}>
        <Stack gap={2} miw={0}>
          <Text component="h3" id={titleId} fw={650} lh={1.3} className={classes.title}>
            <Link to={`/vehicles/${car.id}`} className={classes.link}>
              {car.displayName}
            </Link>
          </Text>
          {car.color && (
            <Text size="sm" c="dimmed">
              {car.color}
            </Text>
          )}
          <span className={classes.compactStatus} aria-hidden>
            <span className={classes.dot} data-color={status.color} />
            {status.label}
          </span>
        </Stack>

        {car.location && (
          <Group gap={6} wrap="nowrap" c="dimmed">
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
                          className={classes.above}
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
      </Stack>
    </Card>
  );
}
