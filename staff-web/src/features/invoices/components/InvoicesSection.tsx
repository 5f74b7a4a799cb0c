import { Anchor, Badge, Button, Card, EmptyState, Group, Table, Text, Title } from "@mantine/core";
import { money } from "@portico/web-core/time";
import { IconFileInvoice, IconPlus } from "@tabler/icons-react";
import { lazy, Suspense, useState } from "react";
import { useLocation, useSearchParams } from "react-router";
import type { InvoiceFieldsFragment } from "../../../gql/graphql";
import { calendarDate } from "../../../lib/dates";
import { InvoiceStatusBadge } from "./invoice-status";

// Billing work happens in dialogs that most visits to a customer never open.
const NewInvoiceDialog = lazy(() => import("./NewInvoiceDialog"));
const InvoiceDrawer = lazy(() => import("./InvoiceDrawer"));

/** The open invoice lives in the address (?invoice=…), so a reload or a shared link shows it again. */
const PARAM = "invoice";

type Props = { customerId: string; customerName: string; invoices: InvoiceFieldsFragment[] };

export function InvoicesSection({ customerId, customerName, invoices }: Props) {
  const [creating, setCreating] = useState(false);
  const [params, setParams] = useSearchParams();
  const { state } = useLocation();
  const openId = params.get(PARAM);
  const open = (id: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (id) next.set(PARAM, id);
        else next.delete(PARAM);
        return next;
      },
      // The page keeps where the user came from (the Contacts search) in its history state.
      { replace: true, state, preventScrollReset: true },
    );

  const balance = invoices.reduce((sum, i) => (i.status === "OPEN" ? sum + i.balanceCents : sum), 0);
  const overdue = invoices.filter((i) => i.overdue).length;

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="invoices-heading">
      <Group justify="space-between" mb="md" gap="sm">
        <Group gap="xs">
          <Title order={2} fz="h4" id="invoices-heading">
            Invoices
          </Title>
          {overdue > 0 && (
            <Badge color="red" variant="light" size="sm">
              {overdue} overdue
            </Badge>
          )}
        </Group>
        <Group gap="md">
          {balance > 0 && (
            <Text size="sm" data-testid="customer-balance">
              Balance due{" "}
              <Text span fw={650}>
                {money(balance)}
              </Text>
            </Text>
          )}
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setCreating(true)}>
            New invoice
          </Button>
        </Group>
      </Group>
      {invoices.length === 0 ? (
        <EmptyState
          size="sm"
          py="lg"
          icon={<IconFileInvoice size={24} />}
          withIndicatorBackground
          title="No invoices yet"
          description="Create an invoice with line items. It stays a draft until you issue it to the customer."
        />
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table verticalSpacing="xs" highlightOnHover style={{ whiteSpace: "nowrap" }}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Number</Table.Th>
                <Table.Th>Issued</Table.Th>
                <Table.Th>Due</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th ta="right">Total</Table.Th>
                <Table.Th ta="right">Balance</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {invoices.map((invoice) => (
                <Table.Tr
                  key={invoice.id}
                  onClick={() => open(invoice.id)}
                  style={{ cursor: "pointer" }}
                  aria-selected={invoice.id === openId || undefined}
                >
                  <Table.Td fw={500}>
                    {/* The row is clickable for the mouse; the number is the control for keyboards. */}
                    <Anchor
                      component="button"
                      type="button"
                      fw={600}
                      size="sm"
                      onClick={(e) => {
                        e.stopPropagation();
                        open(invoice.id);
                      }}
                    >
                      {invoice.number}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{calendarDate(invoice.issuedOn)}</Table.Td>
                  <Table.Td c={invoice.overdue ? "red" : undefined}>
                    {invoice.dueOn ? calendarDate(invoice.dueOn) : "—"}
                  </Table.Td>
                  <Table.Td>
                    <InvoiceStatusBadge invoice={invoice} size="sm" />
                  </Table.Td>
                  <Table.Td ta="right" style={{ fontVariantNumeric: "tabular-nums" }}>
                    {money(invoice.totalCents)}
                  </Table.Td>
                  {/* A draft is not owed yet: its balance would read as money due. */}
                  <Table.Td
                    ta="right"
                    fw={invoice.status === "OPEN" ? 600 : undefined}
                    c={invoice.status === "OPEN" ? undefined : "dimmed"}
                    style={{ fontVariantNumeric: "tabular-nums" }}
                  >
                    {invoice.status === "DRAFT" ? "—" : money(invoice.balanceCents)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}

      <Suspense fallback={null}>
        {creating && (
          <NewInvoiceDialog
            customerId={customerId}
            customerName={customerName}
            onClose={() => setCreating(false)}
            onCreated={open}
          />
        )}
        {openId && (
          <InvoiceDrawer
            key={openId}
            invoiceId={openId}
            customerId={customerId}
            customerName={customerName}
            onClose={() => open(null)}
          />
        )}
      </Suspense>
    </Card>
  );
}
