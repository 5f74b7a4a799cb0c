import { Anchor, Button, EmptyState, Group, Paper, Stack, Table, Text, VisuallyHidden } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { errorInfo } from "@portico/web-core/errors";
import { shortDate } from "@portico/web-core/time";
import { IconArchive, IconChevronLeft, IconChevronRight, IconRestore } from "@tabler/icons-react";
import { useState } from "react";
import { Link } from "react-router";
import { QueryErrorAlert } from "../../../components/QueryErrorAlert";
import type { ArchivedCustomersQuery } from "../../../gql/graphql";
import { ARCHIVED_PAGE_SIZE, useArchivedCustomers } from "../api/archived-customers";
import { useRestoreCustomer } from "../api/restore-customer";
import { CustomersTableSkeleton, NARROW_QUERY } from "./CustomersTable";

type Row = ArchivedCustomersQuery["customers"]["nodes"][number];

/** Contacts' "Archived" view: who was archived and when, each with Restore. */
export function ArchivedCustomersList() {
  // Cursors of the pages before this one, so Previous works.
  const [trail, setTrail] = useState<string[]>([]);
  const [after, setAfter] = useState<string | null>(null);
  const { data, previousData, error, refetch } = useArchivedCustomers(after);
  const page = (data ?? previousData)?.customers;
  const narrow = useMediaQuery(NARROW_QUERY, false, { getInitialValueInEffect: false });

  if (error && !page)
    return <QueryErrorAlert title="Could not load archived customers" error={error} onRetry={refetch} />;
  if (!page) {
    return (
      <Paper withBorder radius="md">
        <CustomersTableSkeleton />
      </Paper>
    );
  }
  if (page.nodes.length === 0 && !after) {
    return (
      <Paper withBorder radius="md" py={48} px="md" data-testid="archived-empty">
        <EmptyState
          icon={<IconArchive size={28} />}
          withIndicatorBackground
          title="No archived customers"
          description="Customers you archive from their page are listed here, ready to be restored."
        />
      </Paper>
    );
  }

  const total = `${page.totalCount.toLocaleString()}${page.totalCountIsLowerBound ? "+" : ""}`;
  const first = trail.length * ARCHIVED_PAGE_SIZE + 1;
  return (
    <Stack gap="sm">
      {error && <QueryErrorAlert title="Could not refresh archived customers" error={error} onRetry={refetch} />}
      <Paper withBorder radius="md" style={{ overflow: "hidden" }}>
        <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover aria-label="Archived customers">
          <Table.Thead bg="gray.0">
            <Table.Tr>
              <Table.Th>{narrow ? "Customer" : "Name"}</Table.Th>
              {!narrow && <Table.Th>Email</Table.Th>}
              {!narrow && <Table.Th>Archived</Table.Th>}
              {!narrow && (
                <Table.Th w={1}>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {page.nodes.map((customer) => (
              <ArchivedRow key={customer.id} customer={customer} narrow={narrow} />
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      {(after || page.pageInfo.hasNextPage) && (
        <Group justify="space-between" gap="sm">
          <Text size="sm" c="dimmed">
            {`${first.toLocaleString()}–${(first + page.nodes.length - 1).toLocaleString()} of ${total}`}
          </Text>
          <Group gap="xs">
            <Button
              variant="default"
              size="sm"
              leftSection={<IconChevronLeft size={16} />}
              disabled={!after}
              onClick={() => {
                setAfter(trail.at(-1) || null);
                setTrail(trail.slice(0, -1));
              }}
            >
              Previous
            </Button>
            <Button
              variant="default"
              size="sm"
              rightSection={<IconChevronRight size={16} />}
              disabled={!page.pageInfo.hasNextPage}
              onClick={() => {
                setTrail([...trail, after ?? ""]);
                setAfter(page.pageInfo.endCursor ?? null);
              }}
            >
              Next
            </Button>
          </Group>
        </Group>
      )}
    </Stack>
  );
}

function ArchivedRow({ customer, narrow }: { customer: Row; narrow: boolean }) {
  const [restore, { loading }] = useRestoreCustomer();
  const onRestore = async () => {
    try {
      await restore({ variables: { id: customer.id } });
      notifications.show({ color: "teal", message: `${customer.name} is restored to Contacts` });
    } catch (e) {
      notifications.show({ color: "red", title: "Could not restore", message: errorInfo(e).message });
    }
  };
  const archived = customer.archivedAt ? shortDate(customer.archivedAt) : "";
  const name = (
    <Anchor component={Link} to={`/customers/${customer.id}`} fw={600} size="sm" c="dark.8">
      {customer.name}
    </Anchor>
  );
  const restoreButton = (
    <Button
      size="xs"
      variant="default"
      w="fit-content"
      leftSection={<IconRestore size={14} />}
      loading={loading}
      onClick={onRestore}
      aria-label={`Restore ${customer.name}`}
    >
      Restore
    </Button>
  );
  return (
    <Table.Tr data-customer-id={customer.id}>
      {narrow ? (
        // At phone widths one cell: who, since when, and Restore below, so nothing runs off the side.
        <Table.Td style={{ maxWidth: 0 }}>
          <Stack gap={6}>
            <Stack gap={2}>
              {name}
              {customer.email && (
                <Text size="xs" truncate="end" title={customer.email}>
                  {customer.email}
                </Text>
              )}
              <Text size="xs" c="dimmed">
                Archived {archived}
              </Text>
            </Stack>
            {restoreButton}
          </Stack>
        </Table.Td>
      ) : (
        <>
          <Table.Td>{name}</Table.Td>
          <Table.Td>
            {customer.email ? (
              <Text size="sm" truncate="end" title={customer.email}>
                {customer.email}
              </Text>
            ) : (
              <Text size="sm" c="dimmed" fs="italic">
                No email
              </Text>
            )}
          </Table.Td>
          <Table.Td>
            <Text size="sm" style={{ whiteSpace: "nowrap" }}>
              {archived}
            </Text>
          </Table.Td>
        </>
      )}
      {!narrow && <Table.Td>{restoreButton}</Table.Td>}
    </Table.Tr>
  );
}
