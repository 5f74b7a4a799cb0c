import { Button, Card, EmptyState, Group, Select, Skeleton, Stack, Text, Title } from "@mantine/core";
import { IconHistory } from "@tabler/icons-react";
import { useSearchParams } from "react-router";
import { QueryErrorAlert } from "../../../components/QueryErrorAlert";
import type { AuditAction } from "../../../gql/graphql";
import { useNow } from "../../../lib/use-now";
import { useAuditLog, useAuditPeople } from "../api/audit-log";
import { AuditLineItem } from "./AuditLineItem";
import { AUDIT_ACTION_LABEL } from "./audit-lines";

const KIND_OPTIONS = Object.entries(AUDIT_ACTION_LABEL).map(([value, label]) => ({ value, label }));

/** Settings → Audit log: who did what, when, for the whole facility; filters live in the address. */
export function AuditLogPage() {
  const [params, setParams] = useSearchParams();
  const staffUserId = params.get("person");
  const kind = params.get("kind");
  const action = kind && kind in AUDIT_ACTION_LABEL ? (kind as AuditAction) : null;
  const { data, loading, error, refetch, fetchMore } = useAuditLog({ staffUserId, action });
  const people = useAuditPeople();
  const now = useNow();
  const page = data?.auditLog;

  const setFilter = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  const loadMore = () =>
    fetchMore({
      variables: { after: page?.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        auditLog: {
          ...fetchMoreResult.auditLog,
          nodes: [...previous.auditLog.nodes, ...fetchMoreResult.auditLog.nodes],
        },
      }),
    });

  return (
    <Stack gap="xl">
      <Stack gap={4}>
        <Text size="sm" c="dimmed" fw={500}>
          Settings
        </Text>
        <Title order={1} className="page-title">
          Audit log
        </Title>
        <Text size="sm" c="dimmed">
          Who did what, and when: invites, customers and their people, documents, invoices, settings and the team.
        </Text>
      </Stack>
      <Card withBorder radius="md" padding="lg" component="section" aria-label="Audit log">
        <Group gap="sm" mb="lg" wrap="wrap">
          <Select
            label="Person"
            placeholder="Everyone"
            data={(people.data?.auditPeople ?? []).map((p) => ({ value: p.id, label: p.name }))}
            value={staffUserId}
            onChange={(value) => setFilter("person", value)}
            clearable
            searchable
            w={{ base: "100%", xs: 240 }}
          />
          <Select
            label="Kind"
            placeholder="Everything"
            data={KIND_OPTIONS}
            value={action}
            onChange={(value) => setFilter("kind", value)}
            clearable
            searchable
            w={{ base: "100%", xs: 280 }}
          />
        </Group>
        {error && !page ? (
          <QueryErrorAlert title="Could not load the audit log" error={error} onRetry={refetch} />
        ) : !page ? (
          <Stack gap="md" aria-busy="true" aria-label="Loading the audit log">
            {[0, 1, 2, 3].map((i) => (
              <Skeleton key={i} height={40} radius="md" />
            ))}
          </Stack>
        ) : page.nodes.length === 0 ? (
          <EmptyState
            size="sm"
            py="xl"
            icon={<IconHistory size={24} />}
            withIndicatorBackground
            title={staffUserId || action ? "Nothing matches these filters" : "Nothing recorded yet"}
            description="Invites, changes to customers, documents, invoices and settings appear here as they happen."
          />
        ) : (
          <Stack gap="md">
            <Stack
              gap="md"
              component="ul"
              aria-label="Audit lines"
              style={{ listStyle: "none", margin: 0, padding: 0 }}
            >
              {page.nodes.map((line) => (
                <AuditLineItem key={line.id} line={line} now={now} showCustomer />
              ))}
            </Stack>
            {page.pageInfo.hasNextPage && (
              <Group justify="center">
                <Button variant="default" onClick={() => void loadMore()} loading={loading}>
                  Show older
                </Button>
              </Group>
            )}
          </Stack>
        )}
      </Card>
    </Stack>
  );
}
