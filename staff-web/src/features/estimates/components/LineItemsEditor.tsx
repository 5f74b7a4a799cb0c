import { ActionIcon, Button, Group, NumberInput, Stack, Text, TextInput, Tooltip } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { money } from "@portico/web-core/time";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import classes from "./Estimates.module.css";
import { type EstimateFormValues, emptyLine, lineCents, MAX_LINES, MAX_QUANTITY, totalCents } from "./estimate-lines";

type Form = UseFormReturnType<EstimateFormValues>;

/** Line items with quantity and unit price in dollars; each amount and the total follow as you type. */
export function LineItemsEditor({ form }: { form: Form }) {
  const lines = form.getValues().lines;
  const total = totalCents(lines);
  return (
    <Stack gap="xs" role="group" aria-label="Line items">
      {/* Phones have no room for column headings; the placeholders name the fields. */}
      <Text size="sm" fw={500} hiddenFrom="xs">
        Line items
      </Text>
      <div className={`${classes.lineGrid} ${classes.head}`} aria-hidden>
        <Text size="sm" fw={500}>
          Description
        </Text>
        <Text size="sm" fw={500}>
          Qty
        </Text>
        <Text size="sm" fw={500}>
          Unit price
        </Text>
        <Text size="sm" fw={500} ta="right">
          Amount
        </Text>
        <span />
      </div>
      {lines.map((line, i) => {
        const n = i + 1;
        return (
          <div key={line.key} className={classes.lineGrid}>
            <TextInput
              className={classes.desc}
              aria-label={`Description, line ${n}`}
              placeholder="Full detail, exterior and interior"
              maxLength={300}
              {...form.getInputProps(`lines.${i}.description`)}
            />
            <NumberInput
              aria-label={`Quantity, line ${n}`}
              placeholder="Qty"
              allowDecimal={false}
              allowNegative={false}
              min={1}
              max={MAX_QUANTITY}
              hideControls
              {...form.getInputProps(`lines.${i}.quantity`)}
            />
            <NumberInput
              aria-label={`Unit price, line ${n}`}
              placeholder="0.00"
              prefix="$"
              decimalScale={2}
              thousandSeparator=","
              allowNegative={false}
              hideControls
              {...form.getInputProps(`lines.${i}.unitPrice`)}
            />
            <Text size="sm" className={classes.amount} aria-label={`Amount, line ${n}`}>
              {money(lineCents(line))}
            </Text>
            <Tooltip label="Remove line" withArrow disabled={lines.length === 1}>
              <ActionIcon
                className={classes.remove}
                variant="subtle"
                color="gray"
                aria-label={`Remove line ${n}`}
                disabled={lines.length === 1}
                onClick={() => form.removeListItem("lines", i)}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Tooltip>
          </div>
        );
      })}
      {typeof form.errors.lines === "string" && (
        <Text size="xs" c="red" role="alert">
          {form.errors.lines}
        </Text>
      )}
      <Group justify="space-between" align="center" mt={4}>
        <Button
          variant="subtle"
          size="xs"
          leftSection={<IconPlus size={14} />}
          onClick={() => form.insertListItem("lines", emptyLine())}
          disabled={lines.length >= MAX_LINES}
        >
          Add line
        </Button>
        <Text size="md" fw={650} className={classes.numbers} aria-live="polite" data-testid="estimate-total">
          Total {money(total)}
        </Text>
      </Group>
    </Stack>
  );
}
