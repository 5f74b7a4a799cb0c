import {
  ActionIcon,
  Anchor,
  Avatar,
  Badge,
  Button,
  Grid,
  Group,
  Menu,
  Skeleton,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from "@mantine/core";
import { useDocumentTitle } from "@mantine/hooks";
import { errorInfo } from "@portico/web-core/errors";
import {
  IconArrowLeft,
  IconCar,
  IconDotsVertical,
  IconId,
  IconLicense,
  IconMapPin,
  IconPalette,
  IconPencil,
  IconTrash,
} from "@tabler/icons-react";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { NotFound } from "../../../components/NotFound";
import { QueryErrorAlert } from "../../../components/QueryErrorAlert";
import { useCarCustomer } from "../api/car-customer";
import { useCarDetail } from "../api/car-detail";
import { CarDialog } from "./CarDialog";
import { RemoveCarDialog } from "./CarsSection";
import { ConditionReportsCard } from "./ConditionReportsCard";
import { CAR_STATUS } from "./car-status";
import { HistoryCard } from "./HistoryCard";
import { PhotosCard } from "./PhotosCard";

type Props = { customerId: string; carId: string };

/** One car: what it is and where, its photos, its history and its condition reports. */
export function CarPage({ customerId, carId }: Props) {
  const { data, loading, error, refetch } = useCarDetail(carId);
  const customerName = useCarCustomer(customerId).data?.customer.name ?? null;
  const car = data?.car;
  const [dialog, setDialog] = useState<"edit" | "remove" | null>(null);
  const navigate = useNavigate();
  useDocumentTitle(car ? `${car.displayName} · Portico` : "Car · Portico");
  const back = <BackToCustomer customerId={customerId} name={customerName} />;

  if (!car) {
    if (error && errorInfo(error).code === "NOT_FOUND") {
      return (
        <Stack>
          {back}
          <NotFound
            title="Car not found"
            description="This car does not exist, was removed, or is not one your facility looks after."
          />
        </Stack>
      );
    }
    if (error && !loading) {
      return (
        <Stack>
          {back}
          <QueryErrorAlert title="Could not load this car" error={error} onRetry={refetch} />
        </Stack>
      );
    }
    return <CarPageSkeleton back={back} />;
  }

  const status = CAR_STATUS[car.status];
  const facts = [
    { key: "location", icon: <IconMapPin size={15} />, label: "Location", value: car.location },
    { key: "plate", icon: <IconLicense size={15} />, label: "Plate", value: car.plate },
    { key: "vin", icon: <IconId size={15} />, label: "VIN / hull id", value: car.vin },
    { key: "color", icon: <IconPalette size={15} />, label: "Colour", value: car.color },
  ];

  return (
    <Stack gap="lg">
      {back}
      {error && <QueryErrorAlert title="Could not refresh this car" error={error} onRetry={refetch} />}
      <Group justify="space-between" align="flex-start" gap="md">
        <Group gap="md" wrap="nowrap" align="center" style={{ minWidth: 0, flex: "1 1 320px" }}>
          <Avatar
            src={car.photos[0]?.thumbnailUrl ?? car.coverThumbnailUrl}
            size={64}
            radius="md"
            color="gray"
            visibleFrom="xs"
            alt=""
          >
            <IconCar size={30} />
          </Avatar>
          <Stack gap={6} style={{ minWidth: 0 }}>
            <Group gap="sm" wrap="wrap">
              <Title order={1} className="page-title">
                {car.displayName}
              </Title>
              <Badge size="lg" variant="light" color={status.color} data-testid="car-status">
                {status.label}
              </Badge>
            </Group>
            <Group gap="lg" wrap="wrap" style={{ rowGap: 4 }} component="dl" m={0}>
              {/* Location always shows, "No location set" included; the rest only when known. */}
              {facts
                .filter((fact) => fact.key === "location" || fact.value)
                .map((fact) => (
                  <Group key={fact.key} gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
                    <Text component="dt" c="dimmed" style={{ display: "inline-flex" }} title={fact.label}>
                      <span aria-hidden style={{ display: "inline-flex" }}>
                        {fact.icon}
                      </span>
                      <VisuallyHidden>{fact.label}</VisuallyHidden>
                    </Text>
                    <Text
                      component="dd"
                      m={0}
                      size="sm"
                      c={fact.value ? undefined : "dimmed"}
                      style={{ overflowWrap: "anywhere" }}
                    >
                      {fact.value ?? "No location set"}
                    </Text>
                  </Group>
                ))}
            </Group>
          </Stack>
        </Group>
        <Group gap="xs" wrap="nowrap">
          <Button variant="default" size="sm" leftSection={<IconPencil size={16} />} onClick={() => setDialog("edit")}>
            Edit car
          </Button>
          <Menu position="bottom-end" withArrow shadow="md">
            <Menu.Target>
              <ActionIcon variant="default" size={36} aria-label="More actions">
                <IconDotsVertical size={16} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={() => setDialog("remove")}>
                Remove car
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      </Group>

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <PhotosCard carId={car.id} carName={car.displayName} photos={car.photos} onUploaded={refetch} />
            <ConditionReportsCard carId={car.id} carName={car.displayName} reports={car.conditionReports} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <HistoryCard carId={car.id} carName={car.displayName} history={car.history} />
        </Grid.Col>
      </Grid>

      {dialog === "edit" && (
        // A new status is written to the history by the server, so the page reads the car again.
        <CarDialog customerId={customerId} car={car} opened onClose={() => setDialog(null)} onSaved={refetch} />
      )}
      {dialog === "remove" && (
        <RemoveCarDialog
          customerId={customerId}
          customerName={customerName ?? "the customer"}
          car={car}
          onClose={() => setDialog(null)}
          onRemoved={() => navigate(`/customers/${customerId}`, { replace: true })}
        />
      )}
    </Stack>
  );
}

function BackToCustomer({ customerId, name }: { customerId: string; name: string | null }) {
  return (
    <Anchor
      component={Link}
      to={`/customers/${customerId}`}
      size="sm"
      c="dimmed"
      w="fit-content"
      aria-label={name ? `Back to ${name}` : "Back to the customer"}
    >
      <Group gap={4} component="span">
        <IconArrowLeft size={16} aria-hidden />
        {name ?? "Customer"}
      </Group>
    </Anchor>
  );
}

function CarPageSkeleton({ back }: { back: React.ReactNode }) {
  return (
    <Stack gap="lg" aria-busy="true" aria-label="Loading car">
      {back}
      <Group gap="md">
        <Skeleton height={64} width={64} radius="md" />
        <Stack gap={8}>
          <Skeleton height={28} width={280} />
          <Skeleton height={14} width={220} />
        </Stack>
      </Group>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <Skeleton height={260} radius="md" />
            <Skeleton height={160} radius="md" />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Skeleton height={320} radius="md" />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
