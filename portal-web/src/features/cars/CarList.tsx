import { Anchor, Badge, EmptyState, Group, SimpleGrid, Skeleton, Stack, Title } from "@mantine/core";
import { IconArrowRight, IconCar } from "@tabler/icons-react";
import { Link } from "react-router";
import type { CarCardFieldsFragment } from "../../gql/graphql";
import { CarCard } from "./components/CarCard";

type CarListProps = {
  cars: CarCardFieldsFragment[] | undefined;
  facilityName: string;
  /** Home shows a few, with a link to the rest. */
  limit?: number;
};

export function NoCars({ facilityName }: { facilityName: string }) {
  return (
    <EmptyState
      icon={<IconCar size={28} stroke={1.6} />}
      variant="light"
      title="No cars on your account yet"
      description={`${facilityName} will add them.`}
      py={48}
      bg="var(--mantine-color-body)"
      bd="1px dashed var(--mantine-color-gray-4)"
      style={{ borderRadius: "var(--mantine-radius-lg)" }}
    />
  );
}

export function CarGrid({ cars, compact = false }: { cars: CarCardFieldsFragment[]; compact?: boolean }) {
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, lg: 3 }} spacing={compact ? "sm" : "md"}>
      {cars.map((car) => (
        <CarCard key={car.id} car={car} compact={compact} />
      ))}
    </SimpleGrid>
  );
}

/** Home's "Your cars". */
export function CarList({ cars, facilityName, limit }: CarListProps) {
  const shown = limit && cars ? cars.slice(0, limit) : cars;
  return (
    <Stack component="section" aria-labelledby="your-cars" gap="md">
      <Group gap="xs" justify="space-between">
        <Group gap="xs">
          <Title order={2} size="h3" id="your-cars">
            Your cars
          </Title>
          {cars && cars.length > 0 && (
            <Badge variant="light" color="gray" radius="sm" aria-label={`${cars.length} cars`}>
              {cars.length}
            </Badge>
          )}
        </Group>
        {cars && cars.length > 0 && (
          <Anchor component={Link} to="/vehicles" size="sm" fw={550}>
            <Group gap={4} component="span">
              {limit && cars.length > limit ? `See all ${cars.length}` : "Open Vehicles"}
              <IconArrowRight size={14} aria-hidden />
            </Group>
          </Anchor>
        )}
      </Group>
      {!shown ? (
        <SimpleGrid cols={{ base: 1, xs: 2, lg: 3 }} spacing="md" role="status" aria-label="Loading your cars">
          <Skeleton height={260} radius="lg" />
          <Skeleton height={260} radius="lg" visibleFrom="xs" />
        </SimpleGrid>
      ) : shown.length === 0 ? (
        <NoCars facilityName={facilityName} />
      ) : (
        <CarGrid cars={shown} compact />
      )}
    </Stack>
  );
}
