import { Badge, Card, Grid, Group, Paper, Skeleton, Stack, Text, Title, UnstyledButton } from "@mantine/core";
import { IconChevronRight, IconReceipt } from "@tabler/icons-react";
import { Link } from "react-router";
import rows from "../../../components/LinkRows.module.css";
import { PageHeader } from "../../../components/PageHeader";
import { QueryFailure } from "../../../components/QueryFailure";
import type { InvoiceSummaryFieldsFragment } from "../../../gql/graphql";
import { formatDate, money, plural } from "../../../lib/format";
import { useViewer } from "../../../lib/viewer";
import { usePortalBilling } from "../api/portal-billing";
import classes from "./BillingPage.module.css";
import { HowToPay } from "./HowToPay";
import { invoiceStatusLook } from "./invoice-status";
import { PaymentMethodCard } from "./PaymentMethodCard";
import { PayOnlineButton } from "./PayOnlineButton";
import { StripeReturnAlert } from "./StripeReturnAlert";
import { useStripeReturn } from "./stripe-return";

const cardWords = {
  confirming: "Saving your card… Stripe is confirming it. This page updates by itself.",
  confirmed: "Your card is saved. Thank you!",
  slow: "Stripe hasn't confirmed your card yet. It can take a few minutes: check back later.",
  cancelled: "No card was saved. You can add one whenever you like.",
};

function InvoiceRow({ invoice }: { invoice: InvoiceSummaryFieldsFragment }) {
  const status = invoiceStatusLook(invoice.displayStatus);
  const open = invoice.status === "OPEN";
  return (
    <li>
      <UnstyledButton
        component={Link}
        to={`/billing/${invoice.id}`}
        className={rows.row}
        data-overdue={invoice.overdue || undefined}
        aria-label={`Invoice ${invoice.number}, ${status.label}, ${money(invoice.totalCents)}`}
      >
        <div className={rows.main}>
          <Group gap="xs">
            <Text fw={650}>{invoice.number}</Text>
            <Badge color={status.color} variant="light" radius="sm" tt="none" fw={600} size="sm">
              {status.label}
            </Badge>
          </Group>
          <Text size="sm" c="dimmed">
            Issued {formatDate(invoice.issuedOn)}
            {open && invoice.dueOn && (
              <>
                {" · "}
                <Text span size="sm" c={invoice.overdue ? "red.7" : undefined} fw={invoice.overdue ? 600 : undefined}>
                  Due {formatDate(invoice.dueOn)}
                </Text>
              </>
            )}
          </Text>
        </div>
        <div className={rows.amount}>
          <Text fw={650}>{money(invoice.totalCents)}</Text>
          {open && invoice.balanceCents !== invoice.totalCents && (
            <Text size="xs" c="dimmed">
              {money(invoice.balanceCents)} left to pay
            </Text>
          )}
        </div>
        <IconChevronRight size={18} className={rows.chevron} aria-hidden />
      </UnstyledButton>
    </li>
  );
}

export function BillingPage() {
  const viewer = useViewer();
  const query = usePortalBilling();
  const { data, error, refetch } = query;
  const billing = data?.portalBilling;
  const cardReturn = useStripeReturn("setup", billing?.paymentMethodOnFile === true, query);
  if (!billing) {
    return (
      <>
        <PageHeader title="Billing" />
        {error ? (
          <QueryFailure error={error} onRetry={() => refetch()} />
        ) : (
          <Stack role="status" aria-label="Loading billing">
            <Skeleton height={120} radius="lg" />
            <Skeleton height={240} radius="lg" />
          </Stack>
        )}
      </>
    );
  }
  const overdue = billing.invoices.filter((i) => i.overdue);
  const open = billing.invoices.filter((i) => i.status === "OPEN");
  const payable = open.filter((i) => i.balanceCents > 0);
  return (
    <>
      <PageHeader title="Billing" description="Your invoices and what's left to pay" />
      {cardReturn !== "none" && (
        <div className={classes.notice}>
          <StripeReturnAlert state={cardReturn} words={cardWords} />
        </div>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Card
            withBorder
            radius="lg"
            padding="lg"
            className={classes.balance}
            data-overdue={overdue.length > 0 || undefined}
          >
            <Text size="sm" c="dimmed" fw={550}>
              Outstanding balance
            </Text>
            <Text className={classes.balanceAmount} data-testid="outstanding-balance">
              {money(billing.outstandingCents)}
            </Text>
            <Text size="sm" c={overdue.length > 0 ? "red.7" : "dimmed"} fw={overdue.length > 0 ? 600 : undefined}>
              {billing.outstandingCents === 0
                ? "You're all paid up. Thank you!"
                : overdue.length > 0
                  ? `${plural(overdue.length, "invoice")} overdue · ${plural(open.length, "open invoice")}`
                  : `${plural(open.length, "open invoice")}`}
            </Text>
            {billing.onlinePayments && payable.length === 1 && payable[0] && (
              <Group mt="md">
                <PayOnlineButton invoiceId={payable[0].id} balanceCents={payable[0].balanceCents} />
              </Group>
            )}
            {billing.onlinePayments && payable.length > 1 && (
              <Text size="sm" mt="md">
                Open an invoice below to pay it online.
              </Text>
            )}
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          {billing.onlinePayments ? (
            <PaymentMethodCard
              onFile={billing.paymentMethodOnFile}
              card={billing.savedCard}
              confirming={cardReturn === "confirming"}
              facilityName={viewer.facility.name}
              returnTo="BILLING"
            />
          ) : (
            <HowToPay instructions={billing.offlinePaymentInstructions} facilityName={viewer.facility.name} />
          )}
        </Grid.Col>
      </Grid>

      <Stack component="section" aria-labelledby="invoices" gap="md" mt="xl">
        <Title order={2} size="h3" id="invoices">
          Invoices
        </Title>
        {billing.invoices.length === 0 ? (
          <Paper withBorder radius="lg" p="xl" ta="center">
            <IconReceipt size={28} stroke={1.5} color="var(--mantine-color-gray-5)" aria-hidden />
            <Text fw={600} mt="xs">
              No invoices yet
            </Text>
            <Text size="sm" c="dimmed">
              Invoices from {viewer.facility.name} will appear here.
            </Text>
          </Paper>
        ) : (
          <Paper withBorder radius="lg" className={rows.list}>
            <ul className={rows.rows} aria-label="Invoices, newest first">
              {billing.invoices.map((invoice) => (
                <InvoiceRow key={invoice.id} invoice={invoice} />
              ))}
            </ul>
          </Paper>
        )}
      </Stack>
    </>
  );
}
