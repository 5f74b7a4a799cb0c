import { Anchor, Badge, Group, Paper, Skeleton, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { IconArrowRight, IconReceipt, IconTool } from "@tabler/icons-react";
import { Link } from "react-router";
import { NetworkErrorAlert } from "../../../components/NetworkErrorAlert";
import type { PortalOrderHistoryQuery } from "../../../gql/graphql";
import { formatDate, money } from "../../../lib/format";
import { useSections } from "../../../lib/viewer";
import { useOrderHistory } from "../api/order-history";
import { historyStatusLook } from "./history-labels";
import classes from "./OrderHistory.module.css";

type Item = PortalOrderHistoryQuery["portalOrderHistory"][number];

function HistoryRow({ item, billingOn }: { item: Item; billingOn: boolean }) {
  const status = historyStatusLook(item.status);
  const invoice = item.kind === "INVOICE";
  const to = invoice ? (billingOn ? `/billing/${item.refId}` : null) : "/requests";
  const body = (
    <>
      <ThemeIcon variant="light" color={invoice ? "blue" : "indigo"} radius="md" size={36} aria-hidden>
        {invoice ? <IconReceipt size={18} /> : <IconTool size={18} />}
      </ThemeIcon>
      <div className={classes.main}>
        <Text size="sm" fw={600} lineClamp={1}>
          {item.title}
        </Text>
        <Text size="xs" c="dimmed">
          {formatDate(item.date)}
        </Text>
      </div>
      <Stack gap={2} align="flex-end">
        {item.amountCents !== null && (
          <Text size="sm" fw={600} className={classes.amount}>
            {money(item.amountCents)}
          </Text>
        )}
        <Badge color={status.color} variant="light" radius="sm" tt="none" fw={600} size="sm">
          {status.label}
        </Badge>
      </Stack>
    </>
  );
  return (
    <li>
      {to ? (
        <Link to={to} className={classes.row}>
          {body}
        </Link>
      ) : (
        <div className={classes.row}>{body}</div>
      )}
    </li>
  );
}

export function HistoryList({ items }: { items: Item[] }) {
  const billingOn = useSections().has("BILLING");
  return (
    <Paper withBorder radius="lg" className={classes.list}>
      <ul className={classes.rows} aria-label="Order history, newest first">
        {items.map((item) => (
          <HistoryRow key={`${item.kind}-${item.refId}`} item={item} billingOn={billingOn} />
        ))}
      </ul>
    </Paper>
  );
}

export function NoHistory() {
  return (
    <Paper withBorder radius="lg" p="lg">
      <Text size="sm" c="dimmed">
        Invoices and finished work will be listed here.
      </Text>
    </Paper>
  );
}

/** Home's short order history: the latest few, with a way to the full list. */
export function OrderHistoryPreview({ limit = 5 }: { limit?: number }) {
  const { data, error, refetch } = useOrderHistory();
  const items = data?.portalOrderHistory;
  let content: React.ReactNode;
  if (items) content = items.length === 0 ? <NoHistory /> : <HistoryList items={items.slice(0, limit)} />;
  else if (error)
    content = <NetworkErrorAlert error={error} onRetry={() => refetch()} title="We couldn't load your history" />;
  else content = <Skeleton height={180} radius="lg" role="status" aria-label="Loading order history" />;
  return (
    <Stack component="section" aria-labelledby="order-history" gap="md">
      <Group justify="space-between">
        <Title order={2} size="h3" id="order-history">
          Order history
        </Title>
        {items && items.length > 0 && (
          <Anchor component={Link} to="/history" size="sm" fw={550}>
            <Group gap={4} component="span">
              {items.length > limit ? `See all ${items.length}` : "Full history"}
              <IconArrowRight size={14} aria-hidden />
            </Group>
          </Anchor>
        )}
      </Group>
      {content}
    </Stack>
  );
}
