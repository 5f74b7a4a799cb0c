import { Table, Text, ThemeIcon } from "@mantine/core";
import { money } from "@portico/web-core/time";
import { IconCheck, IconX } from "@tabler/icons-react";
import type { EstimateFieldsFragment } from "../../../gql/graphql";
import classes from "./Estimates.module.css";

/** The estimate's lines and totals; once answered, which lines the customer accepted. */
export function EstimateLinesTable({ estimate }: { estimate: EstimateFieldsFragment }) {
  const answered = estimate.respondedAt !== null;
  return (
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
  );
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
