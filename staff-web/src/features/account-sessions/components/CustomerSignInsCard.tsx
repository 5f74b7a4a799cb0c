import { Button, Card, Skeleton, Stack, Text } from "@mantine/core";
import { signInMethodLabel } from "@portico/web-core/sessions";
import { dateTime, relativeTime } from "@portico/web-core/time";
import { QueryErrorAlert } from "../../../components/QueryErrorAlert";
import { SectionHeader } from "../../../components/SectionHeader";
import { useNow } from "../../../lib/use-now";
import { useCustomerSignIns } from "../api/customer-sign-ins";

/** The customer page's card: who of the customer and their people signed in to the portal, and when. */
export function CustomerSignInsCard({ customerId }: { customerId: string }) {
  const { data, loading, error, refetch, fetchMore } = useCustomerSignIns(customerId);
  const now = useNow();
  const signIns = data?.customer.signIns;

  const showMore = () =>
    fetchMore({
      variables: { after: signIns?.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        customer: {
          ...fetchMoreResult.customer,
          signIns: {
            ...fetchMoreResult.customer.signIns,
            nodes: [...previous.customer.signIns.nodes, ...fetchMoreResult.customer.signIns.nodes],
          },
        },
      }),
    });

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="sign-ins-heading">
      <SectionHeader id="sign-ins-heading" title="Sign-ins" />
      {error && !signIns ? (
        <QueryErrorAlert title="Could not load the sign-ins" error={error} onRetry={refetch} />
      ) : !signIns ? (
        <Stack gap="sm" aria-busy="true" aria-label="Loading sign-ins">
          <Skeleton height={36} radius="md" />
        </Stack>
      ) : signIns.nodes.length === 0 ? (
        <Text size="sm" c="dimmed">
          No one has signed in to this customer's portal yet.
        </Text>
      ) : (
        <Stack gap="sm">
          <Stack gap="sm" component="ul" aria-label="Sign-ins" style={{ listStyle: "none", margin: 0, padding: 0 }}>
            {signIns.nodes.map((signIn) => {
              const at = new Date(signIn.at);
              const how = signInMethodLabel(signIn.method);
              return (
                <Stack key={signIn.id} component="li" gap={2}>
                  <Text size="sm">
                    <Text span fw={600} inherit>
                      {signIn.name}
                    </Text>{" "}
                    signed in · {signIn.device}
                    {how ? ` · ${how}` : ""}
                  </Text>
                  <Text size="xs" c="dimmed" component="time" dateTime={signIn.at} title={dateTime(at)}>
                    {relativeTime(at, now)} · {dateTime(at)}
                  </Text>
                </Stack>
              );
            })}
          </Stack>
          {signIns.pageInfo.hasNextPage && (
            <Button variant="subtle" size="xs" onClick={() => void showMore()} loading={loading}>
              Show more
            </Button>
          )}
        </Stack>
      )}
    </Card>
  );
}
