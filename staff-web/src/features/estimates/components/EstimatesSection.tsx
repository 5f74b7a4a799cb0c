import {
  Anchor,
  Badge,
  Blockquote,
  Box,
  Button,
  Card,
  Collapse,
  EmptyState,
  Group,
  Modal,
  Paper,
  Skeleton,
  Stack,
  Table,
  Text,
  ThemeIcon,
  Title,
  UnstyledButton,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { errorInfo } from "@portico/web-core/errors";
import { dateTime, money, relativeTime } from "@portico/web-core/time";
import {
  IconCheck,
  IconChevronDown,
  IconChevronRight,
  IconFileDollar,
  IconFileInvoice,
  IconPlus,
  IconSend,
  IconX,
} from "@tabler/icons-react";
import { lazy, Suspense, useId, useState } from "react";
import { useLocation, useSearchParams } from "react-router";
import { QueryErrorAlert } from "../../../components/QueryErrorAlert";
import type { EstimateFieldsFragment } from "../../../gql/graphql";
import { useNow } from "../../../lib/use-now";
import { useConvertEstimate } from "../api/convert-estimate";
import { useCustomerEstimates } from "../api/customer-estimates";
import { useSendEstimate } from "../api/send-estimate";
import classes from "./Estimates.module.css";
import { ESTIMATE_STATUS } from "./estimate-status";

const EstimateDialog = lazy(() => import("./EstimateDialog"));

type Customer = { id: string; name: string };

/** Answered estimates wait on staff (make the invoice); drafts wait to be sent. */
const NEEDS_STAFF = new Set(["DRAFT", "ACCEPTED", "PARTIALLY_ACCEPTED"]);

/** The customer page's Estimates card: drafts to send, answers to read, accepted work to invoice. */
export function EstimatesSection({ customer }: { customer: Customer }) {
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

function EstimateItem({
  customer,
  estimate,
  invoiceNumber,
  defaultOpen,
  now,
  onSend,
}: {
  customer: Customer;
  estimate: EstimateFieldsFragment;
  invoiceNumber: string | undefined;
  defaultOpen: boolean;
  now: Date;
  onSend: () => void;
}) {
  const [open, setOpen] = useState(defaultOpen);
  const bodyId = useId();
  const status = ESTIMATE_STATUS[estimate.status];
  const answered = estimate.respondedAt !== null;
  const when = estimate.respondedAt
    ? `Answered ${relativeTime(new Date(estimate.respondedAt), now)}`
    : estimate.sentAt
      ? `Sent ${relativeTime(new Date(estimate.sentAt), now)}`
      : "Not sent yet";

  return (
    <Paper component="li" withBorder radius="md" aria-label={`${estimate.number}: ${estimate.title}`}>
      <UnstyledButton
        w="100%"
        px="md"
        py="sm"
        onClick={() => setOpen((o) => !o)}
        aria-expanded={open}
        aria-controls={bodyId}
      >
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <Box c="dimmed" pt={2} aria-hidden>
            {open ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
          </Box>
          <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
            <Group gap="sm" justify="space-between" wrap="nowrap" align="flex-start">
              <Group gap="xs" wrap="wrap" style={{ minWidth: 0 }}>
                <Text size="sm" fw={600} style={{ overflowWrap: "break-word", minWidth: 0 }}>
                  {estimate.title}
                </Text>
                <Badge size="sm" variant="light" color={status.color}>
                  {status.label}
                </Badge>
              </Group>
              <Text size="sm" fw={600} className={classes.numbers}>
                {money(estimate.totalCents)}
              </Text>
            </Group>
            <Text size="xs" c="dimmed">
              {[
                estimate.number,
                estimate.carName,
                when,
                estimate.status === "PARTIALLY_ACCEPTED" && `${money(estimate.acceptedCents)} accepted`,
              ]
                .filter(Boolean)
                .join(" · ")}
            </Text>
          </Stack>
        </Group>
      </UnstyledButton>

      <Collapse expanded={open} id={bodyId}>
        <Stack gap="sm" px="md" pb="md">
          <Table verticalSpacing={6} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Item</Table.Th>
                <Table.Th ta="right" visibleFrom="xs">
                  Qty
                </Table.Th>
                <Table.Th ta="right" visibleFrom="xs">
                  Unit
                </Table.Th>
                <Table.Th ta="right">Amount</Table.Th>
                {answered && <Table.Th ta="center">Answer</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {estimate.lines.map((line) => (
                <Table.Tr key={line.id} c={line.accepted === false ? "dimmed" : undefined}>
                  <Table.Td style={{ overflowWrap: "break-word" }}>
                    {line.description}
                    {/* Phones drop the quantity and unit columns; the line says them instead. */}
                    <Text size="xs" c="dimmed" hiddenFrom="xs" className={classes.numbers}>
                      {line.quantity} × {money(line.unitCents)}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right" className={classes.numbers} visibleFrom="xs">
                    {line.quantity}
                  </Table.Td>
                  <Table.Td ta="right" className={classes.numbers} visibleFrom="xs">
                    {money(line.unitCents)}
                  </Table.Td>
                  <Table.Td ta="right" className={classes.numbers}>
                    {money(line.amountCents)}
                  </Table.Td>
                  {answered && (
                    <Table.Td ta="center">
                      <LineAnswer accepted={line.accepted} />
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th colSpan={3} ta="right" visibleFrom="xs">
                  Total
                </Table.Th>
                <Table.Th ta="right" hiddenFrom="xs">
                  Total
                </Table.Th>
                <Table.Th ta="right" className={classes.numbers}>
                  {money(estimate.totalCents)}
                </Table.Th>
                {answered && <Table.Th />}
              </Table.Tr>
              {answered && estimate.acceptedCents !== estimate.totalCents && (
                <Table.Tr>
                  <Table.Th colSpan={3} ta="right" fw={500} visibleFrom="xs">
                    Accepted
                  </Table.Th>
                  <Table.Th ta="right" fw={500} hiddenFrom="xs">
                    Accepted
                  </Table.Th>
                  <Table.Th ta="right" className={classes.numbers} c="teal.8">
                    {money(estimate.acceptedCents)}
                  </Table.Th>
                  <Table.Th />
                </Table.Tr>
              )}
            </Table.Tfoot>
          </Table>

          {answered && (
            <Stack gap={6}>
              <Text size="sm">
                <Text span fw={600}>
                  {answerLabel(estimate)}
                </Text>{" "}
                by {estimate.respondedByName ?? "the customer"}
                {estimate.respondedAt && (
                  <Text span c="dimmed" size="xs" title={dateTime(new Date(estimate.respondedAt))}>
                    {" "}
                    · {dateTime(new Date(estimate.respondedAt))}
                  </Text>
                )}
              </Text>
              {estimate.customerNote && (
                <Blockquote
                  p="xs"
                  pl="md"
                  color="gray"
                  radius="sm"
                  fz="sm"
                  style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}
                >
                  {estimate.customerNote}
                </Blockquote>
              )}
            </Stack>
          )}

          <EstimateActions customer={customer} estimate={estimate} invoiceNumber={invoiceNumber} onSend={onSend} />
        </Stack>
      </Collapse>
    </Paper>
  );
}

/** The customer's answer, which an invoiced estimate's status no longer tells. */
function answerLabel(estimate: EstimateFieldsFragment): string {
  const accepted = estimate.lines.filter((l) => l.accepted).length;
  if (accepted === 0) return "Declined";
  return accepted === estimate.lines.length ? "Accepted" : "Partially accepted";
}

function LineAnswer({ accepted }: { accepted: boolean | null }) {
  if (accepted === null)
    return (
      <Text span c="dimmed">
        —
      </Text>
    );
  return accepted ? (
    <ThemeIcon size={20} radius="xl" color="teal" variant="light" aria-label="Accepted" role="img">
      <IconCheck size={14} />
    </ThemeIcon>
  ) : (
    <ThemeIcon size={20} radius="xl" color="red" variant="light" aria-label="Declined" role="img">
      <IconX size={14} />
    </ThemeIcon>
  );
}

function EstimateActions({
  customer,
  estimate,
  invoiceNumber,
  onSend,
}: {
  customer: Customer;
  estimate: EstimateFieldsFragment;
  invoiceNumber: string | undefined;
  onSend: () => void;
}) {
  const [convert, { loading }] = useConvertEstimate(customer.id);
  const openInvoice = useOpenInvoice();
  const [error, setError] = useState<string | null>(null);

  const createInvoice = async () => {
    setError(null);
    try {
      const { data } = await convert({ variables: { id: estimate.id } });
      const invoice = data?.convertEstimateToInvoice;
      notifications.show({
        color: "teal",
        icon: <IconCheck size={18} />,
        message: invoice ? `Draft invoice ${invoice.number} created` : "Draft invoice created",
      });
      // Straight to the new draft, to check it and issue it.
      if (invoice) openInvoice(invoice.id);
    } catch (e) {
      setError(errorInfo(e).message);
    }
  };

  let actions: React.ReactNode = null;
  switch (estimate.status) {
    case "DRAFT":
      actions = (
        <>
          <Text size="xs" c="dimmed">
            Only you can see drafts. Sending emails the customer a link to review it.
          </Text>
          <Button size="xs" leftSection={<IconSend size={14} />} onClick={onSend}>
            Send to customer
          </Button>
        </>
      );
      break;
    case "SENT":
      actions = (
        <Text size="xs" c="dimmed">
          Waiting for {customer.name}'s answer in the portal.
        </Text>
      );
      break;
    case "ACCEPTED":
    case "PARTIALLY_ACCEPTED":
      actions = (
        <>
          <Text size="xs" c="dimmed">
            {estimate.status === "ACCEPTED" ? "Every line was accepted." : "Only the accepted lines go on the invoice."}
          </Text>
          <Button size="xs" leftSection={<IconFileInvoice size={14} />} loading={loading} onClick={createInvoice}>
            Create invoice
          </Button>
        </>
      );
      break;
    case "DECLINED":
      actions = (
        <Text size="xs" c="dimmed">
          Declined. Write a new estimate if the work changes.
        </Text>
      );
      break;
    case "INVOICED":
      actions = (
        <Group gap={6}>
          <IconFileInvoice size={16} color="var(--mantine-color-violet-7)" aria-hidden />
          <Text size="sm">
            Invoiced as{" "}
            {estimate.invoiceId ? (
              <Anchor
                component="button"
                type="button"
                fw={600}
                size="sm"
                onClick={() => openInvoice(estimate.invoiceId)}
              >
                {invoiceNumber ?? "a draft invoice"}
              </Anchor>
            ) : (
              "a draft invoice"
            )}
          </Text>
        </Group>
      );
      break;
  }

  return (
    <Stack gap={4}>
      <Group justify="space-between" gap="sm" wrap="wrap">
        {actions}
      </Group>
      {error && (
        <Text size="xs" c="red" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}

/**
 * The Invoices card on the same page opens an invoice named in the address (?invoice=…); the
 * history state (where the user came from) stays as it is.
 */
function useOpenInvoice() {
  const [, setParams] = useSearchParams();
  const { state } = useLocation();
  return (id: string | null) => {
    if (!id) return;
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set("invoice", id);
        return next;
      },
      { replace: true, state, preventScrollReset: true },
    );
  };
}

function SendEstimateDialog({
  customer,
  estimate,
  onClose,
}: {
  customer: Customer;
  estimate: EstimateFieldsFragment;
  onClose: () => void;
}) {
  const [send, { loading }] = useSendEstimate();
  const [error, setError] = useState<string | null>(null);
  const confirm = async () => {
    setError(null);
    try {
      await send({ variables: { id: estimate.id } });
      notifications.show({
        color: "teal",
        icon: <IconCheck size={18} />,
        message: `${estimate.number} sent to ${customer.name}`,
      });
      onClose();
    } catch (e) {
      setError(errorInfo(e).message);
    }
  };
  return (
    <Modal opened onClose={onClose} title={`Send ${estimate.number} to ${customer.name}?`}>
      <Stack gap="md">
        <Text size="sm">
          {estimate.title} comes to{" "}
          <Text span fw={600}>
            {money(estimate.totalCents)}
          </Text>
          . {customer.name} and the people on the account who get estimate emails are emailed a link to review it, and
          they accept or decline in the portal. A sent estimate can no longer change.
        </Text>
        {error && (
          <Text size="sm" c="red" role="alert">
            {error}
          </Text>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            Not yet
          </Button>
          <Button leftSection={<IconSend size={16} />} loading={loading} onClick={confirm}>
            Send estimate
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
