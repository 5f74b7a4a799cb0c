import { Card, SimpleGrid, Skeleton, Stack, Text, Title } from "@mantine/core";
import { QueryErrorAlert } from "../../../components/QueryErrorAlert";
import { useAdoptionFunnel } from "../api/adoption-funnel";
import { AwaitingSignInCard } from "./AwaitingSignInCard";
import { FunnelStages } from "./FunnelStages";
import { WeeklyChart } from "./WeeklyChart";

/** Adoption: how many customers made it into the portal, week by week, and who still has to. */
export function AdoptionPage() {
  const { data, error, refetch } = useAdoptionFunnel();
  const funnel = data?.adoptionFunnel;

  return (
    <Stack gap="xl">
      <Stack gap={4}>
        <Title order={1} className="page-title">
          Portal adoption
        </Title>
        <Text size="sm" c="dimmed">
          How many of your customers and the people who help them made it into the portal.
        </Text>
      </Stack>
      {error && !funnel && <QueryErrorAlert title="Could not load the funnel" error={error} onRetry={refetch} />}
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="funnel-title">
          <Stack gap="md">
            <Stack gap={2}>
              <Title order={2} size="h4" id="funnel-title">
                Funnel
              </Title>
              <Text size="sm" c="dimmed">
                {funnel
                  ? `${funnel.totals.people.toLocaleString("en-US")} people: customers and those who may use the portal for them.`
                  : "Customers and those who may use the portal for them."}
              </Text>
            </Stack>
            {funnel ? <FunnelStages totals={funnel.totals} /> : <Skeleton height={380} radius="md" />}
          </Stack>
        </Card>
        <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="weekly-title">
          <Stack gap="md">
            <Stack gap={2}>
              <Title order={2} size="h4" id="weekly-title">
                By week of first invite
              </Title>
              <Text size="sm" c="dimmed">
                The people first invited each week, and how far they have got since. Last 12 weeks.
              </Text>
            </Stack>
            {funnel ? <WeeklyChart weeks={funnel.weeks} /> : <Skeleton height={380} radius="md" />}
          </Stack>
        </Card>
      </SimpleGrid>
      <AwaitingSignInCard />
    </Stack>
  );
}
