import { Button, Card, Skeleton, Stack, Text } from "@mantine/core";
import { QueryErrorAlert } from "../../../components/QueryErrorAlert";
import { SectionHeader } from "../../../components/SectionHeader";
import { useNow } from "../../../lib/use-now";
import { useCustomerActivity } from "../api/customer-activity";
import { AuditLineItem } from "./AuditLineItem";

/** The customer page's card: their part of the audit log, newest first. */
export function CustomerActivitySection({ customerId }: { customerId: string }) {
  const { data, loading, error, refetch, fetchMore } = useCustomerActivity(customerId);
  const now = useNow();
  const trail = data?.customer.auditTrail;

  const showMore = () =>
    fetchMore({
      variables: { after: trail?.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        customer: {
          ...fetchMoreResult.customer,
          auditTrail: {
            ...fetchMoreResult.customer.auditTrail,
            nodes: [...previous.customer.auditTrail.nodes, ...fetchMoreResult.customer.auditTrail.nodes],
          },
        },
      }),
    });

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="activity-heading">
      <SectionHeader id="activity-heading" title="Activity" />
      {error && !trail ? (
        <QueryErrorAlert title="Could not load the activity" error={error} onRetry={refetch} />
      ) : !trail ? (
        <Stack gap="sm" aria-busy="true" aria-label="Loading activity">
          <Skeleton height={36} radius="md" />
          <Skeleton height={36} radius="md" />
        </Stack>
      ) : trail.nodes.length === 0 ? (
        <Text size="sm" c="dimmed">
          Changes to this customer's account, invites and documents are listed here.
        </Text>
      ) : (
        <Stack gap="sm">
          <Stack gap="sm" component="ul" aria-label="Activity" style={{ listStyle: "none", margin: 0, padding: 0 }}>
            {trail.nodes.map((line) => (
              <AuditLineItem key={line.id} line={line} now={now} showCustomer={false} />
            ))}
          </Stack>
          {trail.pageInfo.hasNextPage && (
            <Button variant="subtle" size="xs" onClick={() => void showMore()} loading={loading}>
              Show more
            </Button>
          )}
        </Stack>
      )}
    </Card>
  );
}
