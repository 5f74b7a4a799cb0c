import { Badge, Button, Card, Group, SimpleGrid, Skeleton, Stack, Table, Text, Title } from "@mantine/core";
import { IconPrinter } from "@tabler/icons-react";
import { useParams } from "react-router";
import { FacilityMark } from "../../../components/FacilityMark";
import { PageHeader } from "../../../components/PageHeader";
import { QueryFailure } from "../../../components/QueryFailure";
import { formatDate, money } from "../../../lib/format";
import { useViewer } from "../../../lib/viewer";
import { usePortalInvoice } from "../api/invoice";
import { HowToPay } from "./HowToPay";
import classes from "./InvoicePage.module.css";
import { invoiceStatusLook, paymentMethodLabel } from "./invoice-status";
import { PayOnlineButton } from "./PayOnlineButton";
import { StripeReturnAlert } from "./StripeReturnAlert";
import { useStripeReturn } from "./stripe-return";

const paymentWords = {
  confirming: "Thank you! Stripe is confirming your payment. This page updates by itself.",
  confirmed: "Payment received. Thank you!",
  slow: "Stripe hasn't confirmed your payment yet. It can take a few minutes: you'll see it here once it has.",
  cancelled: "No payment was made.",
};

export function InvoicePage() {
  const { id = "" } = useParams();
  const viewer = useViewer();
  const query = usePortalInvoice(id);
  const { data, error, refetch } = query;
  const invoice = data?.invoice;
  const settled = !!invoice && (invoice.status !== "OPEN" || invoice.balanceCents === 0);
  const paymentReturn = useStripeReturn("paid", settled, query);
  const back = { to: "/billing", label: "Billing" };
  if (!invoice) {
    if (error) return <QueryFailure error={error} onRetry={() => refetch()} missing={{ what: "invoice", back }} />;
    return (
      <Stack role="status" aria-label="Loading the invoice">
        <Skeleton height={32} width="40%" />
        <Skeleton height={360} radius="lg" />
      </Stack>
    );
  }
  const status = invoiceStatusLook(invoice.displayStatus);
  const paid = invoice.payments.reduce((sum, p) => sum + p.amountCents, 0);
  const billing = data.portalBilling;
  const facility = viewer.facility;
  return (
    <>
      {/* On paper the printed heading below says all this, with the facility's name. */}
      <div data-print="hide">
        <PageHeader
          title={`Invoice ${invoice.number}`}
          back={back}
          badge={
            <Badge color={status.color} variant="light" size="lg" radius="sm" tt="none" fw={600}>
              {status.label}
            </Badge>
          }
          actions={
            <Button variant="default" leftSection={<IconPrinter size={18} />} onClick={() => window.print()}>
              Print / Save as PDF
            </Button>
          }
        />
      </div>

      <div data-print="only" className={classes.printHead}>
        <Group justify="space-between" align="flex-start">
          <Group gap="sm">
            <FacilityMark brand={facility} size={40} />
            <Text fw={700} size="lg">
              {facility.name}
            </Text>
          </Group>
          <div className={classes.printTitle}>
            <Text fw={700} size="xl">
              Invoice {invoice.number}
            </Text>
            <Text size="sm">{status.label}</Text>
          </div>
        </Group>
      </div>

      <Stack gap="lg">
        {paymentReturn !== "none" && (
          <div data-print="hide">
            <StripeReturnAlert state={paymentReturn} words={paymentWords} />
          </div>
        )}
        {/* While Stripe confirms a payment just made, a second Pay button would invite paying twice. */}
        {invoice.status === "OPEN" &&
          invoice.balanceCents > 0 &&
          billing.onlinePayments &&
          paymentReturn !== "confirming" &&
          paymentReturn !== "slow" && (
            <Card withBorder radius="lg" padding="lg" data-print="hide" className={classes.payCard}>
              <Group justify="space-between" align="center" gap="md">
                <div>
                  <Text size="sm" c="dimmed" fw={550}>
                    Balance due{invoice.dueOn ? ` by ${formatDate(invoice.dueOn)}` : ""}
                  </Text>
                  <Text fw={700} size="xl" className={classes.amount}>
                    {money(invoice.balanceCents)}
                  </Text>
                </div>
                <PayOnlineButton invoiceId={invoice.id} balanceCents={invoice.balanceCents} size="md" />
              </Group>
            </Card>
          )}
        <Card withBorder radius="lg" padding="lg" className={classes.sheet}>
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md" mb="lg">
            <div>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600} className={classes.label}>
                Billed to
              </Text>
              <Text size="sm" fw={550}>
                {viewer.account.customerName}
              </Text>
            </div>
            <div>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600} className={classes.label}>
                Issued
              </Text>
              <Text size="sm">{formatDate(invoice.issuedOn)}</Text>
            </div>
            <div>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600} className={classes.label}>
                Due
              </Text>
              <Text size="sm" c={invoice.overdue ? "red.7" : undefined} fw={invoice.overdue ? 600 : undefined}>
                {invoice.dueOn ? formatDate(invoice.dueOn) : "On receipt"}
              </Text>
            </div>
            <div>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600} className={classes.label}>
                Balance due
              </Text>
              <Text size="sm" fw={650}>
                {money(invoice.balanceCents)}
              </Text>
            </div>
          </SimpleGrid>

          <Table className={classes.lines} verticalSpacing="sm" horizontalSpacing={0} aria-label="Invoice lines">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Description</Table.Th>
                <Table.Th className={classes.wide} ta="right">
                  Qty
                </Table.Th>
                <Table.Th className={classes.wide} ta="right">
                  Unit price
                </Table.Th>
                <Table.Th ta="right">Amount</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {invoice.lines.map((line) => (
                <Table.Tr key={line.id}>
                  <Table.Td>
                    <Text size="sm">{line.description}</Text>
                    <Text size="xs" c="dimmed" className={classes.narrow}>
                      {line.quantity} × {money(line.unitCents)}
                    </Text>
                  </Table.Td>
                  <Table.Td className={classes.wide} ta="right">
                    {line.quantity}
                  </Table.Td>
                  <Table.Td className={classes.wide} ta="right">
                    {money(line.unitCents)}
                  </Table.Td>
                  <Table.Td ta="right" className={classes.amount}>
                    {money(line.amountCents)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>

          <dl className={classes.totals}>
            <div>
              <dt>Total</dt>
              <dd>{money(invoice.totalCents)}</dd>
            </div>
            {paid > 0 && (
              <div>
                <dt>Paid</dt>
                <dd>−{money(paid)}</dd>
              </div>
            )}
            <div className={classes.balanceRow}>
              <dt>Balance due</dt>
              <dd>{money(invoice.balanceCents)}</dd>
            </div>
          </dl>
        </Card>

        {invoice.payments.length > 0 && (
          <Card
            withBorder
            radius="lg"
            padding="lg"
            component="section"
            aria-labelledby="payments"
            className={classes.plain}
          >
            <Title order={2} size="h4" mb="sm" id="payments">
              Payments
            </Title>
            <Stack gap={0}>
              {invoice.payments.map((payment) => (
                <Group key={payment.id} justify="space-between" py="xs" className={classes.payment} wrap="nowrap">
                  <div>
                    <Text size="sm" fw={550}>
                      {paymentMethodLabel(payment.method)}
                      {payment.reference && (
                        <Text span size="sm" c="dimmed">
                          {" "}
                          · {payment.reference}
                        </Text>
                      )}
                    </Text>
                    <Text size="xs" c="dimmed">
                      Received {formatDate(payment.receivedOn)}
                    </Text>
                  </div>
                  <Text size="sm" fw={600} className={classes.amount}>
                    {money(payment.amountCents)}
                  </Text>
                </Group>
              ))}
            </Stack>
          </Card>
        )}

        {invoice.status === "OPEN" && invoice.balanceCents > 0 && !billing.onlinePayments && (
          <div className={classes.plain}>
            <HowToPay instructions={billing.offlinePaymentInstructions} facilityName={facility.name} />
          </div>
        )}
      </Stack>
    </>
  );
}
