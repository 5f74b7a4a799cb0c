import { Anchor, Checkbox, Group, Skeleton, Stack, Table, Text } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { type ChangeEvent, useRef } from "react";
import { Link } from "react-router";
import type { CustomerRowFragment } from "../../../gql/graphql";
import { InviteAction } from "../../invites/InviteAction";
import { PortalStatusBadge } from "../../invites/PortalStatusBadge";
import type { ContactsOrigin } from "./contacts-navigation";

/** At phone widths each row folds into one cell: who, their status, and the invite below. */
export const NARROW_QUERY = "(max-width: 600px)";

/** Rows picked for a bulk invite; the page owns it, so it outlives this page of rows. */
export type RowSelection = {
  selected: ReadonlySet<string>;
  setMany: (ids: readonly string[], on: boolean) => void;
};

type Props = {
  customers: CustomerRowFragment[];
  /** Rows from the previous search stay visible, dimmed, while the new one loads. */
  busy?: boolean;
  origin: ContactsOrigin;
  selection?: RowSelection;
};

export function CustomersTable({ customers, busy = false, origin, selection }: Props) {
  const narrow = useMediaQuery(NARROW_QUERY, false, { getInitialValueInEffect: false });
  // Shift-click selects (or clears) every row between the last clicked one and this one.
  const anchor = useRef<string | null>(null);
  const onRowCheck = (id: string, event: ChangeEvent<HTMLInputElement>) => {
    if (!selection) return;
    const on = event.currentTarget.checked;
    const from = anchor.current ? customers.findIndex((c) => c.id === anchor.current) : -1;
    const to = customers.findIndex((c) => c.id === id);
    const shift = (event.nativeEvent as MouseEvent).shiftKey === true;
    if (shift && from >= 0 && to >= 0) {
      const [a, b] = from < to ? [from, to] : [to, from];
      selection.setMany(
        customers.slice(a, b + 1).map((c) => c.id),
        on,
      );
    } else {
      selection.setMany([id], on);
    }
    anchor.current = id;
  };
  const pageIds = customers.map((c) => c.id);
  const onPage = selection ? pageIds.filter((id) => selection.selected.has(id)).length : 0;
  const head = selection
    ? {
        checked: onPage > 0 && onPage === pageIds.length,
        indeterminate: onPage > 0 && onPage < pageIds.length,
        onChange: (on: boolean) => selection.setMany(pageIds, on),
      }
    : undefined;

  return (
    <Table
      verticalSpacing="sm"
      horizontalSpacing="md"
      highlightOnHover
      aria-busy={busy}
      style={{ opacity: busy ? 0.55 : 1, transition: "opacity 120ms" }}
    >
      <CustomersTableHead narrow={narrow} selectable={!!selection} head={head} />
      <Table.Tbody>
        {customers.map((customer) => {
          const checked = selection?.selected.has(customer.id) ?? false;
          return (
            <Table.Tr
              key={customer.id}
              data-customer-id={customer.id}
              data-selected={checked || undefined}
              bg={checked ? "var(--mantine-primary-color-light)" : undefined}
            >
              {selection && (
                <Table.Td w={44} pr={0} style={{ verticalAlign: narrow ? "top" : undefined }}>
                  <Checkbox
                    aria-label={`Select ${customer.name}`}
                    checked={checked}
                    onChange={(e) => onRowCheck(customer.id, e)}
                    mt={narrow ? 2 : undefined}
                  />
                </Table.Td>
              )}
              {narrow ? (
                <Table.Td>
                  <Stack gap="xs">
                    <Group justify="space-between" wrap="nowrap" align="flex-start" gap="sm">
                      <Stack gap={2} style={{ minWidth: 0 }}>
                        <CustomerLink customer={customer} origin={origin} />
                        <EmailText email={customer.email} size="xs" />
                      </Stack>
                      {/* The badge keeps its words; the name and email give way instead. */}
                      <div data-testid="portal-status" style={{ flexShrink: 0 }}>
                        <PortalStatusBadge status={customer.portalStatus} />
                      </div>
                    </Group>
                    <div data-testid="invite-action">
                      <InviteAction customer={customer} />
                    </div>
                  </Stack>
                </Table.Td>
              ) : (
                <>
                  <Table.Td>
                    <CustomerLink customer={customer} origin={origin} />
                  </Table.Td>
                  <Table.Td>
                    <EmailText email={customer.email} size="sm" />
                  </Table.Td>
                  <Table.Td visibleFrom="sm">
                    {customer.phoneDisplay ? (
                      <Text size="sm" style={{ whiteSpace: "nowrap" }}>
                        {customer.phoneDisplay}
                      </Text>
                    ) : (
                      <Text size="sm" c="dimmed">
                        —
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="center">
                    <Text size="sm" c={customer.carCount ? undefined : "dimmed"}>
                      {customer.carCount}
                    </Text>
                  </Table.Td>
                  <Table.Td data-testid="portal-status">
                    <PortalStatusBadge status={customer.portalStatus} />
                  </Table.Td>
                  <Table.Td data-testid="invite-action">
                    <InviteAction customer={customer} />
                  </Table.Td>
                </>
              )}
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

function CustomerLink({ customer, origin }: { customer: CustomerRowFragment; origin: ContactsOrigin }) {
  return (
    <Anchor component={Link} to={`/customers/${customer.id}`} state={origin} fw={600} size="sm" c="dark.8">
      {customer.name}
    </Anchor>
  );
}

function EmailText({ email, size }: { email: string | null; size: "xs" | "sm" }) {
  if (!email) {
    return (
      <Text size={size} c="dimmed" fs="italic">
        No email
      </Text>
    );
  }
  return (
    <Text size={size} truncate="end" title={email}>
      {email}
    </Text>
  );
}

type HeadCheckbox = { checked: boolean; indeterminate: boolean; onChange: (on: boolean) => void };

function CustomersTableHead({
  narrow,
  selectable = false,
  head,
}: {
  narrow: boolean;
  selectable?: boolean;
  head?: HeadCheckbox;
}) {
  return (
    <Table.Thead bg="gray.0">
      <Table.Tr>
        {selectable && (
          <Table.Th w={44} pr={0}>
            <Checkbox
              aria-label="Select all on this page"
              checked={head?.checked ?? false}
              indeterminate={head?.indeterminate ?? false}
              disabled={!head}
              onChange={(e) => head?.onChange(e.currentTarget.checked)}
            />
          </Table.Th>
        )}
        {narrow ? (
          <Table.Th>Customer</Table.Th>
        ) : (
          <>
            <Table.Th>Name</Table.Th>
            <Table.Th>Email</Table.Th>
            <Table.Th visibleFrom="sm">Phone</Table.Th>
            <Table.Th ta="center" w={64}>
              Cars
            </Table.Th>
            <Table.Th>Portal status</Table.Th>
            <Table.Th w={220}>Portal invite</Table.Th>
          </>
        )}
      </Table.Tr>
    </Table.Thead>
  );
}

/** Placeholder rows shaped like the real ones, so the page does not jump when data arrives. */
export function CustomersTableSkeleton({ rows = 8, selectable = false }: { rows?: number; selectable?: boolean }) {
  const narrow = useMediaQuery(NARROW_QUERY, false, { getInitialValueInEffect: false });
  return (
    <Table verticalSpacing="sm" horizontalSpacing="md" aria-busy="true" aria-label="Loading customers">
      <CustomersTableHead narrow={narrow} selectable={selectable} />
      <Table.Tbody>
        {Array.from({ length: rows }, (_, i) => {
          const width = `${45 + ((i * 17) % 35)}%`;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: placeholder rows have no identity
            <Table.Tr key={i}>
              {selectable && (
                <Table.Td w={44} pr={0}>
                  <Skeleton height={18} width={18} radius="sm" />
                </Table.Td>
              )}
              {narrow ? (
                <Table.Td>
                  <Stack gap={8} py={2}>
                    <Group justify="space-between" wrap="nowrap">
                      <Skeleton height={14} width={width} />
                      <Skeleton height={20} width={72} radius="xl" />
                    </Group>
                    <Skeleton height={12} width="60%" />
                    <Skeleton height={26} width={110} />
                  </Stack>
                </Table.Td>
              ) : (
                <>
                  <Table.Td>
                    <Skeleton height={14} width={width} />
                  </Table.Td>
                  <Table.Td>
                    <Skeleton height={14} width="75%" />
                  </Table.Td>
                  <Table.Td visibleFrom="sm">
                    <Skeleton height={14} width="70%" />
                  </Table.Td>
                  <Table.Td>
                    <Skeleton height={14} width={16} mx="auto" />
                  </Table.Td>
                  <Table.Td>
                    <Skeleton height={20} width={80} radius="xl" />
                  </Table.Td>
                  <Table.Td>
                    <Skeleton height={26} width={120} />
                  </Table.Td>
                </>
              )}
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
