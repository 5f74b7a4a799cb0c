import { SimpleGrid, Skeleton } from "@mantine/core";
import { PageHeader } from "../../../components/PageHeader";
import { QueryFailure } from "../../../components/QueryFailure";
import { plural } from "../../../lib/format";
import { useViewer } from "../../../lib/viewer";
import { usePortalCars } from "../api/portal-cars";
import { CarGrid, NoCars } from "../CarList";

export function VehiclesPage() {
  const viewer = useViewer();
  const { cars, error, refetch } = usePortalCars();
  let content: React.ReactNode;
  if (cars) content = cars.length === 0 ? <NoCars facilityName={viewer.facility.name} /> : <CarGrid cars={cars} />;
  else if (error) content = <QueryFailure error={error} onRetry={() => refetch()} />;
  else
    content = (
      <SimpleGrid cols={{ base: 1, xs: 2, lg: 3 }} spacing="md" role="status" aria-label="Loading your cars">
        <Skeleton height={280} radius="lg" />
        <Skeleton height={280} radius="lg" />
        <Skeleton height={280} radius="lg" visibleFrom="lg" />
      </SimpleGrid>
    );
  return (
    <>
      <PageHeader
        title="Vehicles"
        description={
          cars && cars.length > 0
            ? `${plural(cars.length, "car")} in the care of ${viewer.facility.name}`
            : "Photos, status, history and condition reports"
        }
      />
      {content}
    </>
  );
}
