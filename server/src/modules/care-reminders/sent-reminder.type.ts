import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { formatPhone } from "../../lib/phone.js";
import type { SentReminderItem as ItemRow, SentReminder as Row } from "./care-reminders.service.js";

export enum ReminderItemKind {
  CONTRACT = "CONTRACT",
  INVOICE = "INVOICE",
  ESTIMATE = "ESTIMATE",
  EVENT = "EVENT",
}
registerEnumType(ReminderItemKind, {
  name: "ReminderItemKind",
  description: "What a reminder was about.",
  valuesConfig: {
    CONTRACT: { description: "A contract waiting for a signature." },
    INVOICE: { description: "An invoice due soon (stage 0) or overdue (stages 1–3)." },
    ESTIMATE: { description: "An estimate waiting for an answer." },
    EVENT: { description: "An event the next day." },
  },
});

@ObjectType({ description: "One item a reminder named, at one of its stages." })
export class SentReminderItem {
  @Field(() => ReminderItemKind, { description: "What kind of item." })
  kind: ReminderItemKind;

  @Field(() => ID, { description: "The contract's (document's), invoice's, estimate's or event's ID." })
  itemId: string;

  @Field(() => Int, {
    description: "Which reminder of the item: an invoice's 0 is due soon, 1–3 overdue; a contract's 1–3; others 1.",
  })
  stage: number;

  static from(row: ItemRow): SentReminderItem {
    return Object.assign(new SentReminderItem(), {
      kind: row.kind as ReminderItemKind,
      itemId: String(row.itemId),
      stage: row.stage,
    });
  }
}

@ObjectType({
  description:
    "The reminder one of the customer's people got on a day, by email, by text or both, with the items it named.",
})
export class SentReminder {
  @Field(() => ID, { description: "The reminder's ID." })
  id: string;

  @Field({ description: "The facility-local day it belongs to (YYYY-MM-DD)." })
  day: string;

  @Field(() => DateTimeISOResolver, { description: "When it was queued." })
  at: Date;

  @Field(() => ID, { nullable: true, description: "The contact it went to; null for the customer themself." })
  contactId: string | null;

  @Field(() => String, { nullable: true, description: "The person's name now; null for a contact removed since." })
  name: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The address it was emailed to; null when it went by text alone.",
  })
  toEmail: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The number it was texted to (E.164); null when it went by email alone.",
  })
  toPhone: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The number it was texted to as the facility dials it; null when it went by email alone.",
  })
  toPhoneDisplay: string | null;

  @Field(() => [SentReminderItem], { description: "What it reminded of." })
  items: SentReminderItem[];

  static from(row: Row, country: string): SentReminder {
    return Object.assign(new SentReminder(), {
      id: String(row.id),
      day: row.localDay,
      at: row.createdAt,
      contactId: row.contactId === null ? null : String(row.contactId),
      name: row.name,
      toEmail: row.toEmail,
      toPhone: row.toPhone,
      toPhoneDisplay: formatPhone(row.toPhone, country),
      items: row.items.map(SentReminderItem.from),
    });
  }
}
