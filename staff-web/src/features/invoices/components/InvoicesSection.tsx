import { Badge, Card, EmptyState, Group, Table, Text, Title } from "@mantine/core";
import { money, shortDate } from "@portico/web-core/time";
import { IconFileInvoice } from "@tabler/icons-react";
import type { InvoiceFieldsFragment, InvoiceStatus } from "../../../gql/graphql";

const STATUS: Record<InvoiceStatus, { label: string; color: string }> = {
  DRAFT: { label: "Draft", color: "gray" },
  OPEN: { label: "Open", color: "blue" },
  PAID: { label: "Paid", color: "teal" },
  VOID: { label: "Void", color: "gray" },
};

/** Due dates are calendar days; one is overdue once that whole day has passed. */
function isOverdue(invoice: InvoiceFieldsFragment, today: string): boolean {
  return invoice.status === "OPEN" && invoice.balanceCents > 0 && !!invoice.dueOn && invoice.dueOn < today;
}

function localToday(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Calendar dates ("2026-03-02") shown as written, not shifted by the browser's time zone. */
function calendarDate(isoDay: string): string {
  const [y, m, d] = isoDay.split("-").map(Number);
  return shortDate(new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

export function InvoicesSection({ invoices }: { invoices: InvoiceFieldsFragment[] }) {
  const today = localToday();
  const balance = invoices.reduce((sum, i) => (i.status === "OPEN" ? sum + i.balanceCents : sum), 0);
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="invoices-heading">
      <Group justify="space-between" mb="md">
        <Title order={2} fz="h4" id="invoices-heading">
          Invoices
        </Title>
        {balance > 0 && (
          <Text size="sm">
            Balance due{" "}
            <Text span fw={650}>
              {money(balance)}
            </Text>
          </Text>
        )}
      </Group>
      {invoices.length === 0 ? (
        <EmptyState
          size="sm"
          py="lg"
          icon={<IconFileInvoice size={24} />}
          withIndicatorBackground
          title="No invoices yet"
          description="Invoices for this customer show here."
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
              {invoices.map((invoice) => {
                const overdue = isOverdue(invoice, today);
                const status = STATUS[invoice.status];
                return (
                  <Table.Tr key={invoice.id}>
                    <Table.Td fw={500}>{invoice.number}</Table.Td>
                    <Table.Td>{calendarDate(invoice.issuedOn)}</Table.Td>
                    <Table.Td c={overdue ? "red" : undefined}>
                      {invoice.dueOn ? calendarDate(invoice.dueOn) : "—"}
                    </Table.Td>
                    <Table.Td>
                      <Badge size="sm" variant="light" color={overdue ? "red" : status.color} tt="none">
                        {overdue ? "Overdue" : status.label}
                      </Badge>
                    </Table.Td>
                    <Table.Td ta="right" style={{ fontVariantNumeric: "tabular-nums" }}>
                      {money(invoice.totalCents)}
                    </Table.Td>
                    <Table.Td
                      ta="right"
                      fw={invoice.balanceCents > 0 ? 600 : undefined}
                      c={invoice.balanceCents > 0 ? undefined : "dimmed"}
                      style={{ fontVariantNumeric: "tabular-nums" }}
                    >
                      {money(invoice.balanceCents)}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
