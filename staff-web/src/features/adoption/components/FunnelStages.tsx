import { Group, Progress, Stack, Text } from "@mantine/core";
import type { AdoptionFunnelQuery } from "../../../gql/graphql";

type Totals = AdoptionFunnelQuery["adoptionFunnel"]["totals"];

const STAGES: Array<{ key: keyof Omit<Totals, "people" | "__typename">; label: string; hint: string; color: string }> =
  [
    { key: "reachable", label: "Reachable", hint: "An email address or phone number on record", color: "gray.6" },
    { key: "invited", label: "Invited", hint: "Sent at least one invite", color: "blue.6" },
    { key: "delivered", label: "Delivered", hint: "The invite reached their inbox", color: "cyan.6" },
    { key: "opened", label: "Opened", hint: "Opened the invite link", color: "violet.6" },
    { key: "signedIn", label: "Signed in", hint: "Signed in to the portal at least once", color: "teal.6" },
    { key: "active", label: "Active", hint: "Used the portal in the last 30 days", color: "green.7" },
  ];

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 100));

/** Each stage as a bar against the people who can be reached: how far customers got into the portal. */
export function FunnelStages({ totals }: { totals: Totals }) {
  const base = totals.reachable;
  return (
    <Stack gap="md" component="ol" aria-label="Adoption stages" style={{ listStyle: "none", margin: 0, padding: 0 }}>
      {STAGES.map((stage, index) => {
        const count = totals[stage.key];
        const previous = index === 0 ? null : totals[STAGES[index - 1]?.key ?? "reachable"];
        return (
          <Stack key={stage.key} gap={6} component="li" aria-label={`${stage.label}: ${count}`}>
            <Group justify="space-between" gap="xs" wrap="nowrap" align="baseline">
              <div>
                <Text fw={600} size="sm">
                  {stage.label}
                </Text>
                <Text size="xs" c="dimmed">
                  {stage.hint}
                </Text>
              </div>
              <Group gap={6} wrap="nowrap" align="baseline">
                <Text fw={700} size="lg" ff="monospace" data-testid={`stage-${stage.key}`}>
                  {count.toLocaleString("en-US")}
                </Text>
                <Text size="xs" c="dimmed" w={44} ta="right">
                  {percent(count, base)}%
                </Text>
              </Group>
            </Group>
            <Progress value={percent(count, base)} color={stage.color} size="lg" radius="sm" aria-hidden />
            {previous !== null && previous > 0 && (
              <Text size="xs" c="dimmed">
                {percent(count, previous)}% of {STAGES[index - 1]?.label.toLowerCase()}
              </Text>
            )}
          </Stack>
        );
      })}
    </Stack>
  );
}
