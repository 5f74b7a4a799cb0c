import { ActionIcon, Anchor, Badge, Box, Group, Menu, Stack, Text } from "@mantine/core";
import {
  IconCar,
  IconDots,
  IconMapPin,
  IconPencil,
  IconTrash,
  IconUser,
  IconUsers,
  IconWorld,
} from "@tabler/icons-react";
import type { ReactNode } from "react";
import { Link } from "react-router";
import type { ScheduledEventFieldsFragment } from "../../../gql/graphql";
import { dayInZone, zoneAbbreviation } from "../../../lib/dates";
import { useFacilityTimeZone } from "../../auth/api/staff-viewer";
import { EVENT_KIND } from "./event-kind";
import { clock, dayLabel, dayOfMonth } from "./event-time";

type Props = {
  event: ScheduledEventFieldsFragment;
  /** On the customer page the customer goes without saying; the date does not. */
  context: "schedule" | "customer";
  onEdit: () => void;
  onCancel: () => void;
};

/** One event: when, what kind, for whom and which car, where, and how many are coming. */
export function EventItem({ event, context, onEdit, onCancel }: Props) {
  const timeZone = useFacilityTimeZone();
  const kind = EVENT_KIND[event.kind];
  const start = new Date(event.startsAt);
  const end = event.endsAt ? new Date(event.endsAt) : null;
  const social = event.kind === "SOCIAL";

  const facts: ReactNode[] = [];
  if (context === "schedule") {
    facts.push(
      event.customerId ? (
        <Fact key="customer" icon={<IconUser size={14} />}>
          <Anchor component={Link} to={`/customers/${event.customerId}`} size="xs" fw={500}>
            {event.customerName}
          </Anchor>
        </Fact>
      ) : (
        <Fact key="customer" icon={<IconWorld size={14} />}>
          For everyone
        </Fact>
      ),
    );
  } else if (!event.customerId) {
    facts.push(
      <Fact key="customer" icon={<IconWorld size={14} />}>
        For everyone
      </Fact>,
    );
  }
  if (event.carName)
    facts.push(
      <Fact key="car" icon={<IconCar size={14} />}>
        {event.carName}
      </Fact>,
    );
  if (event.location)
    facts.push(
      <Fact key="location" icon={<IconMapPin size={14} />}>
        {event.location}
      </Fact>,
    );
  if (social)
    facts.push(
      <Fact key="going" icon={<IconUsers size={14} />}>
        <Text span size="xs" fw={600} c="grape.8" data-testid="event-attending">
          {event.goingCount} attending
        </Text>
        {event.goingGuests > 0 && (
          <Text span size="xs" c="dimmed">
            {" "}
            ({event.goingCount - event.goingGuests} {event.goingCount - event.goingGuests === 1 ? "person" : "people"} +{" "}
            {event.goingGuests} {event.goingGuests === 1 ? "guest" : "guests"})
          </Text>
        )}
      </Fact>,
    );

  return (
    <Group
      component="li"
      gap="md"
      py="sm"
      wrap="nowrap"
      align="flex-start"
      aria-label={`${kind.label}: ${event.title}, ${dayLabel(start, timeZone, true)} at ${clock(start, timeZone)} ${zoneAbbreviation(start, timeZone)}`}
    >
      <Box w={context === "customer" ? 92 : 64} style={{ flexShrink: 0 }}>
        {context === "customer" && (
          <Text size="xs" c="dimmed" fw={500} tt="uppercase">
            {dayLabel(start, timeZone)}
          </Text>
        )}
        <Text size="sm" fw={600} style={{ fontVariantNumeric: "tabular-nums" }}>
          {clock(start, timeZone)}{" "}
          <Text span size="xs" c="dimmed" fw={500}>
            {zoneAbbreviation(start, timeZone)}
          </Text>
        </Text>
        {end && (
          <Text size="xs" c="dimmed" style={{ fontVariantNumeric: "tabular-nums" }}>
            to{" "}
            {dayInZone(start, timeZone) === dayInZone(end, timeZone)
              ? clock(end, timeZone)
              : `${dayOfMonth(end, timeZone)} ${clock(end, timeZone)}`}
          </Text>
        )}
      </Box>
      <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
        <Group gap="xs" wrap="wrap" align="center">
          <Badge size="sm" variant="light" color={kind.color}>
            {kind.label}
          </Badge>
          <Text size="sm" fw={600} style={{ overflowWrap: "anywhere" }}>
            {event.title}
          </Text>
        </Group>
        {facts.length > 0 && (
          <Group gap={6} wrap="wrap" style={{ rowGap: 2 }}>
            {facts}
          </Group>
        )}
        {event.notes && (
          <Text size="xs" c="dimmed" lineClamp={2} style={{ whiteSpace: "pre-line" }}>
            {event.notes}
          </Text>
        )}
      </Stack>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${event.title}`}>
            <IconDots size={16} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconPencil size={14} />} onClick={onEdit}>
            Edit event
          </Menu.Item>
          <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={onCancel}>
            Cancel event
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}

function Fact({ icon, children }: { icon: ReactNode; children: ReactNode }) {
  return (
    <Group gap={4} wrap="nowrap" c="dimmed" style={{ minWidth: 0 }}>
      <Box component="span" display="flex" aria-hidden style={{ flexShrink: 0 }}>
        {icon}
      </Box>
      <Text span size="xs" c="gray.7" style={{ overflowWrap: "anywhere" }}>
        {children}
      </Text>
    </Group>
  );
}
