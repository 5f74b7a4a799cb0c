import { Badge, EmptyState, Group, SimpleGrid, Stack, Title } from "@mantine/core";
import { IconCar } from "@tabler/icons-react";
import type { CarCardFieldsFragment } from "../../../gql/graphql";
import { CarCard } from "./CarCard";

type CarListProps = { cars: CarCardFieldsFragment[]; facilityName: string };

export function CarList({ cars, facilityName }: CarListProps) {
  return (
    <Stack component="section" aria-labelledby="your-cars" gap="md">
      <Group gap="xs">
        <Title order={2} size="h3" id="your-cars">
          Your cars
        </Title>
        {cars.length > 0 && (
          <Badge variant="light" color="gray" radius="sm" aria-label={`${cars.length} cars`}>
            {cars.length}
          </Badge>
        )}
      </Group>
      {cars.length === 0 ? (
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
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          {cars.map((car) => (
            <CarCard key={car.id} car={car} />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
