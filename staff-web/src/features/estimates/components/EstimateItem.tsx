import { Badge, Box, Collapse, Group, Paper, Stack, Text, UnstyledButton } from "@mantine/core";
import { money, relativeTime } from "@portico/web-core/time";
import { IconChevronDown, IconChevronRight } from "@tabler/icons-react";
import { useId, useState } from "react";
import type { EstimateFieldsFragment } from "../../../gql/graphql";
import { EstimateActions } from "./EstimateActions";
import { EstimateAnswer } from "./EstimateAnswer";
import { EstimateLinesTable } from "./EstimateLinesTable";
import classes from "./Estimates.module.css";
import type { EstimateCustomer } from "./estimate-customer";
import { ESTIMATE_STATUS } from "./estimate-status";

/** One estimate in the card: a summary row that opens onto its lines, the answer and what to do next. */
export function EstimateItem({
  customer,
  estimate,
  invoiceNumber,
  defaultOpen,
  now,
  onSend,
}: {
  customer: EstimateCustomer;
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
          <EstimateLinesTable estimate={estimate} />

          {answered && <EstimateAnswer estimate={estimate} />}

          <EstimateActions customer={customer} estimate={estimate} invoiceNumber={invoiceNumber} onSend={onSend} />
        </Stack>
      </Collapse>
    </Paper>
  );
}
