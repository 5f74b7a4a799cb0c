import { Alert, Button, Divider, Group, NumberInput, Stack, Switch, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { errorInfo } from "@portico/web-core/errors";
import { IconAlertCircle, IconCheck } from "@tabler/icons-react";
import { Fragment, useState } from "react";
import type { PortalSettingsFieldsFragment } from "../../../gql/graphql";
import { applyServerErrors } from "../../../lib/forms";
import { useUpdateCareReminders } from "../api/update-care-reminders";
import { SettingsSection } from "./SettingsSection";

type Settings = Omit<PortalSettingsFieldsFragment["careReminders"], "__typename">;
type DaysField = "contractsAfterDays" | "invoicesDueDays" | "estimatesAfterDays";
type Values = Omit<Settings, DaysField> & Record<DaysField, number | string>;

/** The server's bounds for every timing, in days. */
export const REMINDER_DAYS = { min: 1, max: 30 } as const;

const days = (n: number | string) => (n === 1 ? "1 day" : `${n} days`);

/** One kind of reminder: its switch, what it does, and its timing when it has one. */
const KINDS: Array<{
  on: keyof Settings & ("contracts" | "invoicesDue" | "invoicesOverdue" | "estimates" | "events");
  label: string;
  describe: (v: Values) => string;
  timing?: { field: DaysField; label: string };
}> = [
  {
    on: "contracts",
    label: "Contracts waiting for a signature",
    describe: (v) => `${days(v.contractsAfterDays)} after a contract is shared, then weekly; 3 reminders at most.`,
    timing: { field: "contractsAfterDays", label: "Days after sharing" },
  },
  {
    on: "invoicesDue",
    label: "Invoices due soon",
    describe: (v) => `${days(v.invoicesDueDays)} before an open invoice's due date.`,
    timing: { field: "invoicesDueDays", label: "Days before due date" },
  },
  {
    on: "invoicesOverdue",
    label: "Overdue invoices",
    describe: () => "The day after the due date, then weekly; 3 reminders at most.",
  },
  {
    on: "estimates",
    label: "Estimates waiting for an answer",
    describe: (v) => `Once, ${days(v.estimatesAfterDays)} after an estimate is sent.`,
    timing: { field: "estimatesAfterDays", label: "Days after sending" },
  },
  {
    on: "events",
    label: "Events tomorrow",
    describe: () => "The day before a customer's appointment, or a social event they said they would come to.",
  },
];

const inRange = (v: number | string) =>
  typeof v === "number" && Number.isInteger(v) && v >= REMINDER_DAYS.min && v <= REMINDER_DAYS.max
    ? null
    : `From ${REMINDER_DAYS.min} to ${REMINDER_DAYS.max} days`;

/** Settings → Portal → Reminders: which reminders customers get, and when. */
export function RemindersCard({
  settings,
  canEdit,
  onForbidden,
}: {
  settings: Settings;
  canEdit: boolean;
  onForbidden: () => void;
}) {
  const { __typename: _, ...initialValues } = settings as Settings & { __typename?: string };
  const form = useForm<Values>({
    mode: "controlled",
    initialValues,
    validate: { contractsAfterDays: inRange, invoicesDueDays: inRange, estimatesAfterDays: inRange },
  });
  const [save, { loading }] = useUpdateCareReminders();
  const [error, setError] = useState<string | null>(null);
  const readOnly = !canEdit;

  const submit = form.onSubmit(async (values) => {
    setError(null);
    try {
      await save({
        variables: {
          input: {
            ...values,
            contractsAfterDays: Number(values.contractsAfterDays),
            invoicesDueDays: Number(values.invoicesDueDays),
            estimatesAfterDays: Number(values.estimatesAfterDays),
          },
        },
      });
      notifications.show({ color: "teal", icon: <IconCheck size={18} />, message: "Reminders saved" });
    } catch (e) {
      if (errorInfo(e).code === "FORBIDDEN") {
        setError("Only admins can change the reminders. Your changes were not saved.");
        onForbidden();
        return;
      }
      setError(applyServerErrors(form, e, ["contractsAfterDays", "invoicesDueDays", "estimatesAfterDays"]));
    }
  });

  return (
    <SettingsSection
      id="reminders-heading"
      title="Reminders"
      description="Reminders to customers and their contacts of what needs them, by email or text as each person chose. Everything due on a day comes in one message per person (one short text for those who chose texts), between 9:00 and 18:00 in your time zone, only to people whose communication preferences include it, and only for sections the portal shows."
    >
      <form onSubmit={submit} noValidate aria-label="Reminders">
        <Stack gap="md">
          {KINDS.map((kind, i) => (
            <Fragment key={kind.on}>
              {i > 0 && <Divider />}
              <Group justify="space-between" align="flex-start" gap="md" wrap="wrap">
                <Switch
                  label={kind.label}
                  description={kind.describe(form.values)}
                  disabled={readOnly}
                  styles={{ root: { flex: "1 1 260px" }, description: { maxWidth: 380 } }}
                  {...form.getInputProps(kind.on, { type: "checkbox" })}
                />
                {kind.timing && (
                  <NumberInput
                    aria-label={`${kind.label}: ${kind.timing.label.toLowerCase()}`}
                    label={kind.timing.label}
                    suffix={form.values[kind.timing.field] === 1 ? " day" : " days"}
                    min={REMINDER_DAYS.min}
                    max={REMINDER_DAYS.max}
                    allowDecimal={false}
                    allowNegative={false}
                    clampBehavior="none"
                    size="sm"
                    w={170}
                    disabled={!form.values[kind.on]}
                    readOnly={readOnly}
                    variant={readOnly ? "filled" : "default"}
                    {...form.getInputProps(kind.timing.field)}
                  />
                )}
              </Group>
            </Fragment>
          ))}
          {error && (
            <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
              {error}
            </Alert>
          )}
          {canEdit ? (
            <Group justify="flex-end" gap="sm">
              <Button variant="default" disabled={!form.isDirty() || loading} onClick={() => form.reset()}>
                Discard
              </Button>
              <Button type="submit" loading={loading} disabled={!form.isDirty()}>
                Save reminders
              </Button>
            </Group>
          ) : (
            <Text size="sm" c="dimmed">
              Only admins can change the reminders.
            </Text>
          )}
        </Stack>
      </form>
    </SettingsSection>
  );
}
