import { IsInt, Max, Min } from "class-validator";
import { Field, InputType, Int } from "type-graphql";
import type { CareReminderSettings } from "./care-reminder-settings.service.js";

@InputType({ description: "Settings → Portal → Reminders: each kind on or off, with its timing (1 to 30 days)." })
export class CareReminderSettingsInput implements CareReminderSettings {
  @Field({ description: "Remind of a contract waiting for a signature." })
  contracts: boolean;

  @Field(() => Int, { description: "1 to 30." })
  @IsInt({ message: "Days before a contract reminder must be a whole number" })
  @Min(1, { message: "A contract reminder waits at least 1 day" })
  @Max(30, { message: "A contract reminder waits at most 30 days" })
  contractsAfterDays: number;

  @Field({ description: "Remind of an open invoice before its due date." })
  invoicesDue: boolean;

  @Field(() => Int, { description: "1 to 30." })
  @IsInt({ message: "Days before the due date must be a whole number" })
  @Min(1, { message: "An invoice reminder goes at least 1 day before the due date" })
  @Max(30, { message: "An invoice reminder goes at most 30 days before the due date" })
  invoicesDueDays: number;

  @Field({ description: "Remind of an overdue invoice." })
  invoicesOverdue: boolean;

  @Field({ description: "Remind of an estimate waiting for an answer." })
  estimates: boolean;

  @Field(() => Int, { description: "1 to 30." })
  @IsInt({ message: "Days before an estimate reminder must be a whole number" })
  @Min(1, { message: "An estimate reminder waits at least 1 day" })
  @Max(30, { message: "An estimate reminder waits at most 30 days" })
  estimatesAfterDays: number;

  @Field({ description: "Remind of an event the day before it." })
  events: boolean;
}
