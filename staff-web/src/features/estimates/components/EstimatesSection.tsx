import { Badge, Button, Card, EmptyState, Group, Skeleton, Stack, Title } from "@mantine/core";
import { IconFileDollar, IconPlus } from "@tabler/icons-react";
import { lazy, Suspense, useState } from "react";
import { QueryErrorAlert } from "../../../components/QueryErrorAlert";
import type { EstimateFieldsFragment } from "../../../gql/graphql";
import { useNow } from "../../../lib/use-now";
import { useCustomerEstimates } from "../api/customer-estimates";
import { EstimateItem } from "./EstimateItem";
import type { EstimateCustomer } from "./estimate-customer";
import { SendEstimateDialog } from "./SendEstimateDialog";

const EstimateDialog = lazy(() => import("./EstimateDialog"));

/** Answered estimates wait on staff (make the invoice); drafts wait to be sent. */
const NEEDS_STAFF = new Set(["DRAFT", "ACCEPTED", "PARTIALLY_ACCEPTED"]);

/** The customer page's Estimates card: drafts to send, answers to read, accepted work to invoice. */
export function EstimatesSection({ customer }: { customer: EstimateCustomer }) {
  const { data, loading, error, refetch } = useCustomerEstimates(customer.id);
  const [creating, setCreating] = useState(false);
  const [sending, setSending] = useState<EstimateFieldsFragment | null>(null);
  const estimates = data?.customer.estimates ?? [];
  const invoiceNumbers = new Map((data?.customer.invoices ?? []).map((i) => [i.id, i.number]));
  const now = useNow();

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="estimates-heading">
      <Group justify="space-between" mb="md" gap="xs">
        <Group gap="xs">
          <Title order={2} fz="h4" id="estimates-heading">
            Estimates
          </Title>
          {estimates.length > 0 && (
            <Badge variant="light" color="gray" size="sm" circle={estimates.length < 10}>
              {estimates.length}
            </Badge>
          )}
        </Group>
        <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setCreating(true)}>
          New estimate
        </Button>
      </Group>

      {error && !data ? (
        <QueryErrorAlert title="Could not load estimates" error={error} onRetry={refetch} />
      ) : loading && !data ? (
        <Stack gap="xs" aria-busy="true" aria-label="Loading estimates">
          <Skeleton height={48} />
          <Skeleton height={48} />
        </Stack>
      ) : estimates.length === 0 ? (
        <EmptyState
          size="sm"
          py="lg"
          icon={<IconFileDollar size={24} />}
          withIndicatorBackground
          title="No estimates yet"
          description="Quote work before you do it. The customer accepts or declines in the portal, line by line where you allow it."
        />
      ) : (
        <Stack gap="sm" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
          {estimates.map((estimate, i) => (
            <EstimateItem
              key={estimate.id}
              customer={customer}
              estimate={estimate}
              invoiceNumber={estimate.invoiceId ? invoiceNumbers.get(estimate.invoiceId) : undefined}
              defaultOpen={i === 0 || NEEDS_STAFF.has(estimate.status)}
              now={now}
              onSend={() => setSending(estimate)}
            />
          ))}
        </Stack>
      )}

      <Suspense fallback={null}>
        {creating && <EstimateDialog customer={customer} opened onClose={() => setCreating(false)} />}
      </Suspense>
      {sending && <SendEstimateDialog customer={customer} estimate={sending} onClose={() => setSending(null)} />}
    </Card>
  );
}
