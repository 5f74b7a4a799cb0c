import { Group, Text, ThemeIcon } from "@mantine/core";
import { IconBuildingWarehouse } from "@tabler/icons-react";

export function Logo({ size = "md" }: { size?: "md" | "lg" }) {
  const large = size === "lg";
  return (
    <Group gap={8} wrap="nowrap">
      <ThemeIcon size={large ? 36 : 30} radius="md" variant="filled" aria-hidden>
        <IconBuildingWarehouse size={large ? 22 : 18} />
      </ThemeIcon>
      <Text fw={700} fz={large ? 22 : 18} lh={1} c="dark.8">
        Portico
      </Text>
    </Group>
  );
}
