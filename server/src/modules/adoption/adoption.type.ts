import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { PageInfo } from "../../graphql/pagination.js";
import { DeliveryState } from "../invitations/invitation.service.js";
import { InviteReminderSkip } from "../invitations/invite-reminders.type.js";
import type { AwaitingPerson } from "./adoption.service.js";

@ObjectType({
  description:
    "How far the facility's people (customers and sub-contacts who may use the portal, archived customers left out) got into the portal. Each stage counts everyone who reached at least that stage.",
})
export class AdoptionTotals {
  @Field(() => Int, { description: "Everyone counted." })
  people: number;

  @Field(() => Int, { description: "People with an email address or a phone number on record now." })
  reachable: number;

  @Field(() => Int, { description: "People invited at least once." })
  invited: number;

  @Field(() => Int, { description: "People whose invite was delivered (or who went further)." })
  delivered: number;

  @Field(() => Int, { description: "People who opened their invite link (or signed in)." })
  opened: number;

  @Field(() => Int, { description: "People with a portal account: they signed in at least once." })
  signedIn: number;

  @Field(() => Int, { description: "People who used the portal in the last 30 days." })
  active: number;
}

@ObjectType({ description: "The people first invited in one week, and how far they have got since." })
export class AdoptionWeek {
  @Field({ description: "The week's Monday on the facility's clock, as YYYY-MM-DD." })
  weekStart: string;

  @Field(() => Int, { description: "People first invited that week." })
  invited: number;

  @Field(() => Int, { description: "Of them, delivered or further." })
  delivered: number;

  @Field(() => Int, { description: "Of them, opened the link or signed in." })
  opened: number;

  @Field(() => Int, { description: "Of them, signed in." })
  signedIn: number;
}

@ObjectType({ description: "The facility's portal adoption: totals by stage and the last 12 weeks." })
export class AdoptionFunnel {
  @Field(() => AdoptionTotals, { description: "Everyone counted, by the furthest stage reached." })
  totals: AdoptionTotals;

  @Field(() => [AdoptionWeek], { description: "The last 12 weeks, oldest first; this week is the last." })
  weeks: AdoptionWeek[];
}

@ObjectType({ description: "A person invited who has not signed in yet." })
export class AwaitingSignIn {
  @Field(() => ID, { description: "The person's pending invitation." })
  invitationId: string;

  @Field(() => ID, { description: "The customer's ID (the person's own account, or their account holder's)." })
  customerId: string;

  @Field(() => ID, { nullable: true, description: "Set when the person is a sub-contact of the customer." })
  contactId: string | null;

  @Field({ description: "The person's name." })
  name: string;

  @Field({ description: "The account holder's name (the person's own for a customer)." })
  customerName: string;

  @Field({ description: "Where the invite went." })
  email: string;

  @Field(() => DateTimeISOResolver, { description: "When the pending invite was sent." })
  invitedAt: Date;

  @Field(() => DateTimeISOResolver, { description: "When its link stops working." })
  expiresAt: Date;

  @Field(() => DeliveryState, { description: "What happened to the invite email." })
  deliveryState: AwaitingPerson["deliveryState"];

  @Field(() => DateTimeISOResolver, { nullable: true, description: "When the link was first opened, if it was." })
  linkOpenedAt: Date | null;

  @Field(() => Int, { description: "Reminders of this invite sent so far." })
  reminderCount: number;

  @Field(() => DateTimeISOResolver, { nullable: true, description: "When the latest reminder was sent, if one was." })
  lastReminderAt: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: "When staff stopped this invite's reminders." })
  remindersStoppedAt: Date | null;

  static from(row: AwaitingPerson): AwaitingSignIn {
    return Object.assign(new AwaitingSignIn(), {
      ...row,
      invitationId: String(row.invitationId),
      customerId: String(row.customerId),
      contactId: row.contactId === null ? null : String(row.contactId),
    });
  }
}

@ObjectType({ description: "A page of people invited but not signed in, oldest invitation first." })
export class AwaitingSignInConnection {
  @Field(() => [AwaitingSignIn], { description: "The people of this page." })
  nodes: AwaitingSignIn[];

  @Field(() => PageInfo, { description: "Where this page ends; pass endCursor as `after` for the next." })
  pageInfo: PageInfo;

  @Field(() => Int, { description: "How many people wait in all, across pages, counted up to 1,000." })
  totalCount: number;

  @Field({ description: "True when more than totalCount people wait: the count stopped at 1,000." })
  totalIsCapped: boolean;
}

@ObjectType({ description: "How many people of one reason a “Remind all” skipped." })
export class RemindSkipCount {
  @Field(() => InviteReminderSkip, { description: "Why they were not reminded." })
  skip: InviteReminderSkip;

  @Field({ description: "The reason in words staff can act on." })
  reason: string;

  @Field(() => Int, { description: "How many people were skipped for it." })
  count: number;
}

@ObjectType({ description: "What a “Remind all” did." })
export class RemindWaitingResult {
  @Field(() => Int, { description: "People a reminder was queued for." })
  reminded: number;

  @Field(() => Int, { description: "People looked at and not reminded." })
  skipped: number;

  @Field(() => [RemindSkipCount], { description: "The skipped by reason, the most common first." })
  skips: RemindSkipCount[];

  @Field({
    description: "More people wait than one call goes through (500 reminders): calling again goes on with them.",
  })
  more: boolean;
}
