import type { Database, Tables } from "../../db/database.js";
import type { FacilityScope } from "../../db/tenancy.js";
import { badInput } from "../../lib/domain-error.js";
import { type FacilityRow, updateFacilitySettings } from "../facilities/facility.service.js";

/** Settings → Portal → Reminders: each kind on or off, with its timing in days. */
export type CareReminderSettings = {
  contracts: boolean;
  contractsAfterDays: number;
  invoicesDue: boolean;
  invoicesDueDays: number;
  invoicesOverdue: boolean;
  estimates: boolean;
  estimatesAfterDays: number;
  events: boolean;
};

/** The longest wait any reminder timing may be set to, in days. */
export const MAX_REMINDER_DAYS = 30;

type FacilityReminderColumns = Pick<
  Tables["facilities"]["$inferSelect"],
  | "reminderContracts"
  | "reminderContractsAfterDays"
  | "reminderInvoicesDue"
  | "reminderInvoicesDueDays"
  | "reminderInvoicesOverdue"
  | "reminderEstimates"
  | "reminderEstimatesAfterDays"
  | "reminderEvents"
>;

export function careReminderSettingsOf(row: FacilityReminderColumns): CareReminderSettings {
  return {
    contracts: row.reminderContracts,
    contractsAfterDays: row.reminderContractsAfterDays,
    invoicesDue: row.reminderInvoicesDue,
    invoicesDueDays: row.reminderInvoicesDueDays,
    invoicesOverdue: row.reminderInvoicesOverdue,
    estimates: row.reminderEstimates,
    estimatesAfterDays: row.reminderEstimatesAfterDays,
    events: row.reminderEvents,
  };
}

const DAY_FIELDS = {
  contractsAfterDays: "Days before a contract reminder",
  invoicesDueDays: "Days before the due date",
  estimatesAfterDays: "Days before an estimate reminder",
} as const;

/** BAD_USER_INPUT naming the field, unless every timing is a whole number of days from 1 to 30. */
function checkTimings(input: CareReminderSettings): void {
  for (const [field, label] of Object.entries(DAY_FIELDS) as [keyof typeof DAY_FIELDS, string][]) {
    const days = input[field];
    if (!Number.isInteger(days) || days < 1 || days > MAX_REMINDER_DAYS) {
      const message = `${label} must be a whole number from 1 to ${MAX_REMINDER_DAYS}`;
      throw badInput(message, { [field]: `From 1 to ${MAX_REMINDER_DAYS} days` });
    }
  }
}

/** Saves the facility's reminder settings (admins; audited as a settings change). */
export async function updateCareReminderSettings(
  data: Database,
  scope: FacilityScope,
  input: CareReminderSettings,
  now: Date,
): Promise<FacilityRow> {
  checkTimings(input);
  return updateFacilitySettings(data, scope, now, "Reminders", {
    reminderContracts: input.contracts,
    reminderContractsAfterDays: input.contractsAfterDays,
    reminderInvoicesDue: input.invoicesDue,
    reminderInvoicesDueDays: input.invoicesDueDays,
    reminderInvoicesOverdue: input.invoicesOverdue,
    reminderEstimates: input.estimates,
    reminderEstimatesAfterDays: input.estimatesAfterDays,
    reminderEvents: input.events,
  });
}
