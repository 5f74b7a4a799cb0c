import { IsInt, Max, Min } from "class-validator";
import { Field, InputType, Int } from "type-graphql";
import type { CareReminderSettings } from "./care-reminder-settings.service.js";

@InputType({ description: "Settings → Portal → Reminders: each kind on or off, with its timing (1 to 30 days)." })
export class CareReminderSettingsInput implements CareReminderSettings {
  @Field()
  contracts: boolean;

  @Field(() => Int, { description: "1 to 30." })
  @IsInt({ message: "Days before a contract reminder must be a whole number" })
  @Min(1, { message: "A contract reminder waits at least 1 day" })
  @Max(30, { message: "A contract reminder waits at most 30 days" })
  contractsAfterDays: number;

  @Field()
  invoicesDue: boolean;

  @Field(() => Int, { description: "1 to 30." })
  @IsInt({ message: "Days before the due date must be a whole number" })
  @Min(1, { message: "An invoice reminder goes at least 1 day before the due date" })
  @Max(30, { message: "An invoice reminder goes at most 30 days before the due date" })
  invoicesDueDays: number;

  @Field()
  invoicesOverdue: boolean;

  @Field()
  estimates: boolean;

  @Field(() => Int, { description: "1 to 30." })
  @IsInt({ message: "Days before an estimate reminder must be a whole number" })
  @Min(1, { message: "An estimate reminder waits at least 1 day" })
  @Max(30, { message: "An estimate reminder waits at most 30 days" })
  estimatesAfterDays: number;

  @Field()
  events: boolean;
}
