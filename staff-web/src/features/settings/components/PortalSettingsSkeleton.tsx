import { Grid, Skeleton, Stack } from "@mantine/core";

/** The shape of the settings sections while they load. */
export function PortalSettingsSkeleton() {
  return (
    <Stack gap="xl" aria-busy="true" aria-label="Loading portal settings">
      {[190, 170, 200].map((height) => (
        <Grid key={height} gap="lg">
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Skeleton height={22} width={160} mb="xs" />
            <Skeleton height={14} width="80%" />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Skeleton height={height} radius="md" />
          </Grid.Col>
        </Grid>
      ))}
    </Stack>
  );
}
