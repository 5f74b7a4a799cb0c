import { Field, Int, ObjectType } from "type-graphql";
import type { CareReminderSettings as Settings } from "./care-reminder-settings.service.js";

@ObjectType({
  description:
    "Reminders of what needs the customer, gathered into one email a day per person, in the facility's daytime hours.",
})
export class CareReminderSettings implements Settings {
  @Field({ description: "Remind of a contract waiting for a signature." })
  contracts: boolean;

  @Field(() => Int, {
    description: "Days after a contract is shared before the first reminder; then weekly, at most 3.",
  })
  contractsAfterDays: number;

  @Field({ description: "Remind of an open invoice before its due date." })
  invoicesDue: boolean;

  @Field(() => Int, { description: "Days before the due date that the reminder goes out." })
  invoicesDueDays: number;

  @Field({ description: "Remind of an overdue invoice: the day after it was due, then weekly, at most 3." })
  invoicesOverdue: boolean;

  @Field({ description: "Remind of an estimate waiting for an answer (once)." })
  estimates: boolean;

  @Field(() => Int, { description: "Days after an estimate is sent before the reminder." })
  estimatesAfterDays: number;

  @Field({ description: "Remind of an event the day before it." })
  events: boolean;

  static from(settings: Settings): CareReminderSettings {
    return Object.assign(new CareReminderSettings(), settings);
  }
}
