import { Badge, Group, Paper, Skeleton, Stack, Text, UnstyledButton } from "@mantine/core";
import { IconChevronRight, IconClipboardText } from "@tabler/icons-react";
import { Link } from "react-router";
import classes from "../../../components/LinkRows.module.css";
import { PageHeader } from "../../../components/PageHeader";
import { QueryFailure } from "../../../components/QueryFailure";
import { formatDate, money, plural } from "../../../lib/format";
import { useViewer } from "../../../lib/viewer";
import { usePortalEstimates } from "../api/portal-estimates";
import { estimateStatusLook } from "./estimate-status";

export function EstimatesPage() {
  const viewer = useViewer();
  const { data, error, refetch } = usePortalEstimates();
  const estimates = data?.portalEstimates;
  const waiting = estimates?.filter((e) => e.status === "SENT").length ?? 0;
  let content: React.ReactNode;
  if (estimates) {
    content =
      estimates.length === 0 ? (
        <Paper withBorder radius="lg" p="xl" ta="center">
          <IconClipboardText size={28} stroke={1.5} color="var(--mantine-color-gray-5)" aria-hidden />
          <Text fw={600} mt="xs">
            No estimates yet
          </Text>
          <Text size="sm" c="dimmed">
            When {viewer.facility.name} quotes work on your cars, the estimate appears here for you to accept or
            decline.
          </Text>
        </Paper>
      ) : (
        <Paper withBorder radius="lg" className={classes.list}>
          <ul className={classes.rows} aria-label="Estimates, newest first">
            {estimates.map((estimate) => {
              const status = estimateStatusLook(estimate.status);
              const open = estimate.status === "SENT";
              return (
                <li key={estimate.id}>
                  <UnstyledButton
                    component={Link}
                    to={`/estimates/${estimate.id}`}
                    className={classes.row}
                    data-waiting={open || undefined}
                  >
                    <div className={classes.main}>
                      <Group gap="xs" wrap="wrap">
                        <Text fw={650}>{estimate.title}</Text>
                        <Badge color={status.color} variant="light" radius="sm" tt="none" fw={600} size="sm">
                          {status.label}
                        </Badge>
                      </Group>
                      <Text size="sm" c="dimmed">
                        {estimate.number}
                        {estimate.carName && ` · ${estimate.carName}`}
                        {estimate.sentAt && ` · Sent ${formatDate(estimate.sentAt)}`}
                      </Text>
                    </div>
                    <div className={classes.amount}>
                      <Text fw={650}>{money(estimate.totalCents)}</Text>
                      {estimate.status === "PARTIALLY_ACCEPTED" && (
                        <Text size="xs" c="dimmed">
                          {money(estimate.acceptedCents)} accepted
                        </Text>
                      )}
                    </div>
                    <IconChevronRight size={18} className={classes.chevron} aria-hidden />
                  </UnstyledButton>
                </li>
              );
            })}
          </ul>
        </Paper>
      );
  } else if (error) {
    content = <QueryFailure error={error} onRetry={() => refetch()} />;
  } else {
    content = (
      <Stack role="status" aria-label="Loading estimates">
        <Skeleton height={200} radius="lg" />
      </Stack>
    );
  }
  return (
    <>
      <PageHeader
        title="Estimates"
        description={
          waiting > 0 ? `${plural(waiting, "estimate")} waiting for your answer` : "Quotes for work on your cars"
        }
      />
      {content}
    </>
  );
}
