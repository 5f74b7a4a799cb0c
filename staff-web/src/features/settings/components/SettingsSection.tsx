import { Card, Grid, Text, Title } from "@mantine/core";

/** A settings group: what it is about on the left, its fields in a card on the right (stacked on phones). */
export function SettingsSection({
  id,
  title,
  description,
  children,
}: {
  id: string;
  title: string;
  description: string;
  children: React.ReactNode;
}) {
  return (
    <Grid gap="lg" component="section" aria-labelledby={id}>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Title order={2} fz="h4" id={id} mb={4}>
          {title}
        </Title>
        <Text size="sm" c="dimmed" maw={340}>
          {description}
        </Text>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Card withBorder radius="md" padding="lg">
          {children}
        </Card>
      </Grid.Col>
    </Grid>
  );
}
