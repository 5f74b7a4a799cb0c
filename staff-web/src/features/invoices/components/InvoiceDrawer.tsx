import {
  Alert,
  Button,
  Divider,
  Drawer,
  EmptyState,
  Group,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { errorInfo } from "@portico/web-core/errors";
import { money } from "@portico/web-core/time";
import { IconBan, IconCash, IconCheck, IconInfoCircle, IconPencil, IconReceipt, IconSend } from "@tabler/icons-react";
import { lazy, Suspense, useState } from "react";
import { ConfirmDialog } from "../../../components/ConfirmDialog";
import { QueryErrorAlert } from "../../../components/QueryErrorAlert";
import type { InvoiceDetailFieldsFragment } from "../../../gql/graphql";
import { calendarDate } from "../../../lib/dates";
import { useInvoiceDetail } from "../api/invoice-detail";
import { useIssueInvoice } from "../api/issue-invoice";
import { useVoidInvoice } from "../api/void-invoice";
import { PAYMENT_METHOD_LABEL } from "./invoice-form";
import { InvoiceStatusBadge } from "./invoice-status";
import { RecordPaymentDialog } from "./RecordPaymentDialog";

const InvoiceFormDialog = lazy(() => import("./NewInvoiceDialog"));

type Props = { invoiceId: string; customerId: string; customerName: string; onClose: () => void };

/** Amounts stay on one line, even in a phone-wide drawer. */
const NUMBER = { whiteSpace: "nowrap" } as const;

/** One invoice: its lines, payments and balance, and what can be done with it in its state. */
export default function InvoiceDrawer({ invoiceId, customerId, customerName, onClose }: Props) {
  const phone = useMediaQuery("(max-width: 48em)");
  const { data, loading, error, refetch } = useInvoiceDetail(invoiceId);
  const invoice = data?.invoice;

  return (
    <Drawer
      opened
      onClose={onClose}
      position="right"
      size={phone ? "100%" : 560}
      title={invoice ? `Invoice ${invoice.number}` : "Invoice"}
      styles={{ title: { fontWeight: 650, fontSize: "var(--mantine-font-size-lg)" } }}
      closeButtonProps={{ "aria-label": "Close" }}
    >
      {invoice ? (
        <InvoiceDetail invoice={invoice} customerId={customerId} customerName={customerName} />
      ) : error && !loading ? (
        errorInfo(error).code === "NOT_FOUND" ? (
          <EmptyState
            py="xl"
            icon={<IconReceipt size={24} />}
            withIndicatorBackground
            title="Invoice not found"
            description="It does not exist, or is not one of your facility's invoices."
          />
        ) : (
          <QueryErrorAlert title="Could not load this invoice" error={error} onRetry={refetch} />
        )
      ) : (
        <Stack gap="md" aria-busy="true" aria-label="Loading invoice">
          <Skeleton height={24} width={180} />
          <Skeleton height={90} radius="md" />
          <Skeleton height={160} radius="md" />
        </Stack>
      )}
    </Drawer>
  );
}

type Action = "edit" | "issue" | "pay" | "void" | null;

function InvoiceDetail({
  invoice,
  customerId,
  customerName,
}: {
  invoice: InvoiceDetailFieldsFragment;
  customerId: string;
  customerName: string;
}) {
  const [action, setAction] = useState<Action>(null);
  const [issue] = useIssueInvoice();
  const [voidInvoice] = useVoidInvoice();
  const paid = invoice.totalCents - invoice.balanceCents;
  const voidable = (invoice.status === "DRAFT" || invoice.status === "OPEN") && invoice.payments.length === 0;
  const close = () => setAction(null);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="center" gap="sm">
        <Group gap="xs">
          <InvoiceStatusBadge invoice={invoice} size="lg" data-testid="invoice-status" />
          <Text size="sm" c="dimmed">
            {customerName}
          </Text>
        </Group>
        <Group gap="xs">
          {invoice.status === "DRAFT" && (
            <Button
              size="sm"
              variant="default"
              leftSection={<IconPencil size={16} />}
              onClick={() => setAction("edit")}
            >
              Edit
            </Button>
          )}
          {invoice.status === "DRAFT" && (
            <Button size="sm" leftSection={<IconSend size={16} />} onClick={() => setAction("issue")}>
              Issue invoice
            </Button>
          )}
          {invoice.status === "OPEN" && (
            <Button size="sm" leftSection={<IconCash size={16} />} onClick={() => setAction("pay")}>
              Record payment
            </Button>
          )}
          {voidable && (
            <Button
              size="sm"
              variant="default"
              color="red"
              leftSection={<IconBan size={16} />}
              onClick={() => setAction("void")}
            >
              Void
            </Button>
          )}
        </Group>
      </Group>

      {invoice.status === "DRAFT" && (
        <Alert color="gray" variant="light" icon={<IconInfoCircle size={18} />} p="sm">
          <Text size="sm">A draft: the customer does not see it until you issue it.</Text>
        </Alert>
      )}
      {invoice.status === "OPEN" && invoice.payments.length > 0 && (
        <Text size="xs" c="dimmed">
          An invoice with payments cannot be voided.
        </Text>
      )}

      <SimpleGrid cols={{ base: 2, xs: 4 }} spacing="sm" component="dl" m={0}>
        <Fact label="Issued" value={calendarDate(invoice.issuedOn)} />
        <Fact
          label="Due"
          value={invoice.dueOn ? calendarDate(invoice.dueOn) : "No due date"}
          color={invoice.overdue ? "red" : undefined}
        />
        <Fact label="Total" value={money(invoice.totalCents)} />
        <Fact
          label="Balance"
          value={invoice.status === "VOID" ? "—" : money(invoice.balanceCents)}
          strong={invoice.balanceCents > 0}
          testId="invoice-balance"
        />
      </SimpleGrid>

      <section aria-labelledby="invoice-lines-heading">
        <Title order={3} fz="md" id="invoice-lines-heading" mb="xs">
          Line items
        </Title>
        <Table.ScrollContainer minWidth={340}>
          <Table verticalSpacing={6} horizontalSpacing="xs" fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Description</Table.Th>
                <Table.Th ta="right">Qty</Table.Th>
                <Table.Th ta="right">Unit price</Table.Th>
                <Table.Th ta="right">Amount</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody style={{ fontVariantNumeric: "tabular-nums" }}>
              {invoice.lines.map((line) => (
                <Table.Tr key={line.id}>
                  <Table.Td style={{ overflowWrap: "anywhere" }}>{line.description}</Table.Td>
                  <Table.Td ta="right" style={NUMBER}>
                    {line.quantity}
                  </Table.Td>
                  <Table.Td ta="right" style={NUMBER}>
                    {money(line.unitCents)}
                  </Table.Td>
                  <Table.Td ta="right" style={NUMBER}>
                    {money(line.amountCents)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot style={{ fontVariantNumeric: "tabular-nums" }}>
              <Table.Tr>
                <Table.Th colSpan={3} ta="right">
                  Total
                </Table.Th>
                <Table.Th ta="right" style={NUMBER}>
                  {money(invoice.totalCents)}
                </Table.Th>
              </Table.Tr>
              {paid > 0 && (
                <Table.Tr>
                  <Table.Td colSpan={3} ta="right" c="dimmed">
                    Paid
                  </Table.Td>
                  <Table.Td ta="right" c="dimmed" style={NUMBER}>
                    −{money(paid)}
                  </Table.Td>
                </Table.Tr>
              )}
            </Table.Tfoot>
          </Table>
        </Table.ScrollContainer>
      </section>

      <Divider />

      <section aria-labelledby="invoice-payments-heading">
        <Title order={3} fz="md" id="invoice-payments-heading" mb="xs">
          Payments
        </Title>
        {invoice.payments.length === 0 ? (
          <Text size="sm" c="dimmed">
            {invoice.status === "OPEN" ? "No payments recorded yet." : "No payments."}
          </Text>
        ) : (
          <Stack gap="xs" component="ul" style={{ listStyle: "none", margin: 0, padding: 0 }}>
            {invoice.payments.map((payment) => (
              <Paper component="li" key={payment.id} withBorder radius="md" p="sm">
                <Group justify="space-between" wrap="nowrap" gap="sm">
                  <Stack gap={0} style={{ minWidth: 0 }}>
                    <Text size="sm" fw={500}>
                      {PAYMENT_METHOD_LABEL[payment.method]}
                      {payment.reference && (
                        <Text span c="dimmed" size="sm">
                          {" "}
                          · {payment.reference}
                        </Text>
                      )}
                    </Text>
                    <Text size="xs" c="dimmed">
                      Received {calendarDate(payment.receivedOn)}
                    </Text>
                  </Stack>
                  <Text size="sm" fw={600} style={{ fontVariantNumeric: "tabular-nums" }}>
                    {money(payment.amountCents)}
                  </Text>
                </Group>
              </Paper>
            ))}
          </Stack>
        )}
      </section>

      {action === "pay" && <RecordPaymentDialog invoice={invoice} onClose={close} />}
      {action === "edit" && (
        <Suspense fallback={null}>
          <InvoiceFormDialog customerId={customerId} customerName={customerName} invoice={invoice} onClose={close} />
        </Suspense>
      )}
      {action === "issue" && (
        <ConfirmDialog
          title={`Issue ${invoice.number}?`}
          confirmLabel="Issue invoice"
          color="portico"
          onClose={close}
          onConfirm={async () => {
            await issue({ variables: { id: invoice.id } });
            notifications.show({
              color: "teal",
              icon: <IconCheck size={18} />,
              message: `${invoice.number} issued. It is in ${customerName}'s portal.`,
            });
          }}
        >
          <Text size="sm">
            {money(invoice.totalCents)} for {customerName}
            {invoice.dueOn ? `, due ${calendarDate(invoice.dueOn)}` : ""}. It appears in their portal, and the people on
            the account who get invoice emails are notified.
          </Text>
        </ConfirmDialog>
      )}
      {action === "void" && (
        <ConfirmDialog
          title={`Void ${invoice.number}?`}
          confirmLabel="Void invoice"
          onClose={close}
          onConfirm={async () => {
            await voidInvoice({ variables: { id: invoice.id } });
            notifications.show({ color: "teal", icon: <IconCheck size={18} />, message: `${invoice.number} voided` });
          }}
        >
          <Text size="sm">Nothing will be owed on it. It stays on record, marked void. This cannot be undone.</Text>
        </ConfirmDialog>
      )}
    </Stack>
  );
}

function Fact({
  label,
  value,
  color,
  strong,
  testId,
}: {
  label: string;
  value: string;
  color?: string;
  strong?: boolean;
  testId?: string;
}) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed">
        {label}
      </Text>
      <Text
        component="dd"
        m={0}
        size="sm"
        fw={strong ? 700 : 500}
        c={color}
        style={{ fontVariantNumeric: "tabular-nums" }}
        data-testid={testId}
      >
        {value}
      </Text>
    </div>
  );
}
