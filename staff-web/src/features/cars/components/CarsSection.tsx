import {
  ActionIcon,
  Anchor,
  Avatar,
  Badge,
  Button,
  Card,
  EmptyState,
  Group,
  Modal,
  Stack,
  Text,
  Tooltip,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { errorInfo } from "@portico/web-core/errors";
import { IconCar, IconCheck, IconPencil, IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import { Link } from "react-router";
import { DividedList } from "../../../components/DividedList";
import { SectionHeader } from "../../../components/SectionHeader";
import type { CarFieldsFragment } from "../../../gql/graphql";
import { useRemoveCar } from "../api/remove-car";
import { CarDialog } from "./CarDialog";
import { CAR_STATUS } from "./car-status";

type Props = { customerId: string; customerName: string; cars: CarFieldsFragment[] };

type Dialog = { kind: "add" } | { kind: "edit"; car: CarFieldsFragment } | { kind: "remove"; car: CarFieldsFragment };

export function CarsSection({ customerId, customerName, cars }: Props) {
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="cars-heading">
      <SectionHeader
        id="cars-heading"
        title="Cars"
        count={cars.length}
        add={{ label: "Add car", onClick: () => setDialog({ kind: "add" }) }}
      />

      {cars.length === 0 ? (
        <EmptyState
          size="sm"
          py="lg"
          icon={<IconCar size={24} />}
          withIndicatorBackground
          title="No cars yet"
          description="Add the cars you look after for this customer. They see them in the portal from their first sign-in."
        />
      ) : (
        <DividedList items={cars} getKey={(car) => car.id}>
          {(car) => (
            <CarRow
              car={car}
              href={`/customers/${customerId}/cars/${car.id}`}
              onEdit={() => setDialog({ kind: "edit", car })}
              onRemove={() => setDialog({ kind: "remove", car })}
            />
          )}
        </DividedList>
      )}

      {(dialog?.kind === "add" || dialog?.kind === "edit") && (
        <CarDialog customerId={customerId} car={dialog.kind === "edit" ? dialog.car : null} opened onClose={close} />
      )}
      {dialog?.kind === "remove" && (
        <RemoveCarDialog customerId={customerId} customerName={customerName} car={dialog.car} onClose={close} />
      )}
    </Card>
  );
}

function CarRow({
  car,
  href,
  onEdit,
  onRemove,
}: {
  car: CarFieldsFragment;
  href: string;
  onEdit: () => void;
  onRemove: () => void;
}) {
  const status = CAR_STATUS[car.status];
  const details = [car.vin && `VIN ${car.vin}`, car.plate && `Plate ${car.plate}`, car.color].filter(Boolean);
  return (
    <Group component="li" py="sm" gap="md" wrap="nowrap" align="flex-start" aria-label={car.displayName}>
      <Avatar
        component={Link}
        to={href}
        src={car.coverThumbnailUrl}
        color="gray"
        size={38}
        radius="md"
        visibleFrom="xs"
        alt=""
        tabIndex={-1}
        aria-hidden
      >
        <IconCar size={20} />
      </Avatar>
      <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
        <Group gap="xs" wrap="wrap">
          <Anchor component={Link} to={href} fw={600} size="sm" c="inherit">
            {car.displayName}
          </Anchor>
          <Badge size="sm" variant="light" color={status.color} tt="none">
            {status.label}
          </Badge>
        </Group>
        {details.length > 0 && (
          <Text size="xs" c="dimmed" style={{ overflowWrap: "anywhere" }}>
            {details.join(" · ")}
          </Text>
        )}
        <Text size="xs" c={car.location ? undefined : "dimmed"}>
          {car.location ? `Location: ${car.location}` : "No location set"}
        </Text>
      </Stack>
      <Group gap={4} wrap="nowrap">
        <Tooltip label="Edit car" withArrow>
          <ActionIcon variant="subtle" color="gray" aria-label={`Edit ${car.displayName}`} onClick={onEdit}>
            <IconPencil size={16} />
          </ActionIcon>
        </Tooltip>
        <Tooltip label="Remove car" withArrow>
          <ActionIcon variant="subtle" color="red" aria-label={`Remove ${car.displayName}`} onClick={onRemove}>
            <IconTrash size={16} />
          </ActionIcon>
        </Tooltip>
      </Group>
    </Group>
  );
}

export function RemoveCarDialog({
  customerId,
  customerName,
  car,
  onClose,
  onRemoved,
}: {
  customerId: string;
  customerName: string;
  car: CarFieldsFragment;
  onClose: () => void;
  onRemoved?: () => void;
}) {
  const [removeCar, { loading }] = useRemoveCar(customerId);
  const [error, setError] = useState<string | null>(null);
  const confirm = async () => {
    setError(null);
    try {
      await removeCar({ variables: { id: car.id } });
      notifications.show({ color: "teal", icon: <IconCheck size={18} />, message: `${car.displayName} removed` });
      onClose();
      onRemoved?.();
    } catch (e) {
      setError(errorInfo(e).message);
    }
  };
  return (
    <Modal opened onClose={onClose} title={`Remove ${car.displayName}?`} centered>
      <Stack gap="md">
        <Text size="sm">It will no longer be listed on {customerName}'s account or in their portal.</Text>
        {error && (
          <Text size="sm" c="red" role="alert">
            {error}
          </Text>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button color="red" loading={loading} onClick={confirm}>
            Remove car
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
