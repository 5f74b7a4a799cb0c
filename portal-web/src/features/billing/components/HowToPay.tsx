import { Card, Group, Text, ThemeIcon } from "@mantine/core";
import { IconBuildingBank } from "@tabler/icons-react";

/** The facility's own words on paying (check, transfer…) while it takes no payments online. */
export function HowToPay({ instructions, facilityName }: { instructions: string | null; facilityName: string }) {
  return (
    <Card withBorder radius="lg" padding="lg" component="section" aria-labelledby="how-to-pay">
      <Group gap="sm" mb="xs" wrap="nowrap">
        <ThemeIcon variant="light" radius="xl" size="lg" aria-hidden>
          <IconBuildingBank size={18} />
        </ThemeIcon>
        <Text fw={650} id="how-to-pay">
          How to pay
        </Text>
      </Group>
      <Text size="sm" style={{ whiteSpace: "pre-line" }}>
        {instructions?.trim() ||
          `${facilityName} doesn't take payments in the portal yet. Send them a message and they'll tell you how to pay.`}
      </Text>
    </Card>
  );
}
