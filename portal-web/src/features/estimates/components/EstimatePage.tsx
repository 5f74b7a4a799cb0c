import { Alert, Badge, Card, Grid, Group, Skeleton, Stack, Text, ThemeIcon } from "@mantine/core";
import { IconCircleCheck, IconCircleX, IconMessage } from "@tabler/icons-react";
import { useParams } from "react-router";
import { PageHeader } from "../../../components/PageHeader";
import { QueryFailure } from "../../../components/QueryFailure";
import type { PortalEstimateFieldsFragment } from "../../../gql/graphql";
import { formatDate, formatMoment, money } from "../../../lib/format";
import { useViewer } from "../../../lib/viewer";
import { usePortalEstimate } from "../api/estimate";
import { EstimateAnswerForm } from "./EstimateAnswerForm";
import classes from "./EstimatePage.module.css";
import { estimateStatusLook } from "./estimate-status";

function answerSummary(estimate: PortalEstimateFieldsFragment): string {
  const accepted = estimate.lines.filter((l) => l.accepted).length;
  switch (estimate.status) {
    case "ACCEPTED":
      return `Accepted in full, ${money(estimate.acceptedCents)}`;
    case "PARTIALLY_ACCEPTED":
      return `Accepted ${accepted} of ${estimate.lines.length} lines, ${money(estimate.acceptedCents)} of ${money(estimate.totalCents)}`;
    case "DECLINED":
      return "Declined";
    case "INVOICED":
      return `Accepted (${money(estimate.acceptedCents)}) and invoiced`;
    default:
      return "";
  }
}

function AnsweredEstimate({ estimate }: { estimate: PortalEstimateFieldsFragment }) {
  const declined = estimate.status === "DECLINED";
  return (
    <Stack gap="lg">
      <Alert
        color={declined ? "gray" : "teal"}
        variant="light"
        icon={declined ? <IconCircleX size={20} /> : <IconCircleCheck size={20} />}
        title={answerSummary(estimate)}
      >
        {estimate.respondedAt &&
          `Answered ${formatMoment(estimate.respondedAt)}${estimate.respondedByName ? ` by ${estimate.respondedByName}` : ""}.`}
      </Alert>
      <Card withBorder radius="lg" padding="lg">
        <Text fw={650} mb="sm">
          Lines
        </Text>
        <ul className={classes.lines} aria-label="Estimate lines">
          {estimate.lines.map((line) => (
            <li key={line.id} className={classes.line} data-off={line.accepted === false || undefined}>
              <ThemeIcon
                size="sm"
                radius="xl"
                variant="light"
                color={line.accepted ? "teal" : "gray"}
                aria-label={line.accepted ? "Accepted" : "Declined"}
              >
                {line.accepted ? <IconCircleCheck size={14} /> : <IconCircleX size={14} />}
              </ThemeIcon>
              <div className={classes.lineText}>
                <Text size="sm" className={classes.description}>
                  {line.description}
                </Text>
                {line.quantity > 1 && (
                  <Text size="xs" c="dimmed">
                    {line.quantity} × {money(line.unitCents)}
                  </Text>
                )}
              </div>
              <Text size="sm" fw={600} className={classes.lineAmount}>
                {money(line.amountCents)}
              </Text>
            </li>
          ))}
        </ul>
        <Group justify="space-between" className={classes.total}>
          <Text fw={650}>Accepted</Text>
          <Text fw={700} size="lg">
            {money(estimate.acceptedCents)}
            {estimate.acceptedCents !== estimate.totalCents && (
              <Text span c="dimmed" size="sm" fw={500}>
                {" "}
                of {money(estimate.totalCents)}
              </Text>
            )}
          </Text>
        </Group>
      </Card>
      {estimate.customerNote && (
        <Card withBorder radius="lg" padding="lg">
          <Group gap="xs" mb={6}>
            <IconMessage size={16} aria-hidden />
            <Text fw={600} size="sm">
              Your note
            </Text>
          </Group>
          <Text size="sm" className={classes.notePreview}>
            {estimate.customerNote}
          </Text>
        </Card>
      )}
    </Stack>
  );
}

export function EstimatePage() {
  const { id = "" } = useParams();
  const viewer = useViewer();
  const { data, error, refetch } = usePortalEstimate(id);
  const estimate = data?.estimate;
  const back = { to: "/estimates", label: "Estimates" };
  if (!estimate) {
    if (error) return <QueryFailure error={error} onRetry={() => refetch()} missing={{ what: "estimate", back }} />;
    return (
      <Stack role="status" aria-label="Loading the estimate">
        <Skeleton height={32} width="50%" />
        <Skeleton height={320} radius="lg" />
      </Stack>
    );
  }
  const status = estimateStatusLook(estimate.status);
  return (
    <>
      <PageHeader
        title={estimate.title}
        back={back}
        badge={
          <Badge color={status.color} variant="light" size="lg" radius="sm" tt="none" fw={600}>
            {status.label}
          </Badge>
        }
        description={[
          `Estimate ${estimate.number}`,
          estimate.carName,
          estimate.sentAt ? `Sent ${formatDate(estimate.sentAt)}` : null,
        ]
          .filter(Boolean)
          .join(" · ")}
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          {estimate.status === "SENT" ? (
            // Keyed by estimate so moving to another one starts with its own lines selected.
            <EstimateAnswerForm
              key={estimate.id}
              estimate={estimate}
              facilityName={viewer.facility.name}
              lineChoice={viewer.facility.allowEstimateLineChoice}
            />
          ) : (
            <AnsweredEstimate estimate={estimate} />
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }} visibleFrom="md">
          <Card withBorder radius="lg" padding="lg">
            <Text size="sm" c="dimmed" fw={550}>
              Estimate total
            </Text>
            <Text fw={700} fz={28}>
              {money(estimate.totalCents)}
            </Text>
            <Text size="sm" c="dimmed" mt="xs">
              {estimate.status === "SENT"
                ? `${viewer.facility.name} starts once you accept. Prices are estimates until invoiced.`
                : "Thanks for your answer. Questions? Send the team a message."}
            </Text>
          </Card>
        </Grid.Col>
      </Grid>
    </>
  );
}
