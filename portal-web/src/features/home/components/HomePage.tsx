import { Group, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { IconUsers } from "@tabler/icons-react";
import { PageTitle } from "../../../components/PageTitle";
import { CarList } from "../../cars/components/CarList";
import { useViewer } from "../../session/components/RequireSession";
import { firstNameOf, greetingFor } from "./greeting";

export function HomePage() {
  const viewer = useViewer();
  const facility = viewer.facility.name;
  return (
    <Stack gap={32}>
      <PageTitle>Home</PageTitle>
      <Stack gap={4}>
        <Title order={1} size="h2">
          {greetingFor(new Date())}, {firstNameOf(viewer.name)}
        </Title>
        <Text c="dimmed">{facility} customer portal</Text>
        {viewer.isContact && (
          <Group gap={8} mt="xs" wrap="nowrap">
            <ThemeIcon size="sm" variant="light" radius="xl" aria-hidden>
              <IconUsers size={13} />
            </ThemeIcon>
            <Text size="sm">
              You're signed in as {viewer.name} on {viewer.account.customerName}'s account
            </Text>
          </Group>
        )}
      </Stack>
      <CarList cars={viewer.account.cars} facilityName={facility} />
    </Stack>
  );
}
