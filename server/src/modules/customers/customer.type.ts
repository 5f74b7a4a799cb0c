import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { PageInfo } from "../../graphql/pagination.js";
import { formatPhone } from "../../lib/phone.js";
import type { FacilityRow } from "../facilities/facility.type.js";
import { InPersonLink, Invitation, PortalStatus } from "../invitations/invitation.type.js";
import { computePortalStatus } from "../invitations/portal-status.service.js";
import type { CustomerRow } from "./customer.service.js";

@ObjectType({ description: "A facility's customer: the account their cars, bills and portal people belong to." })
export class Customer {
  @Field(() => ID, { description: "The customer's ID." })
  id: string;

  @Field({ description: "The customer's full name." })
  name: string;

  @Field(() => String, {
    nullable: true,
    description:
      "The email invites and sign-in links go to; null when none is on record (then the customer cannot be invited by email).",
  })
  email: string | null;

  @Field(() => String, { nullable: true, description: "E.164, e.g. +12075550148." })
  phone: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The phone number to show: national format in the facility's country, international otherwise.",
  })
  phoneDisplay: string | null;

  @Field(() => String, { nullable: true, description: "Postal address, free text; null when none." })
  address: string | null;

  @Field(() => String, { nullable: true, description: "Staff's private notes; never shown in the portal." })
  notes: string | null;

  @Field({ description: "Whether a payment method is on file (payment setup connected)." })
  paymentSetupConnected: boolean;

  @Field(() => String, { nullable: true, description: "The linked Stripe customer (cus_…), if any." })
  stripeCustomerId: string | null;

  @Field(() => Int, { description: "How many cars the customer has." })
  carCount: number;

  @Field(() => PortalStatus, { description: "The customer's own portal status, with the invite button to show." })
  portalStatus: PortalStatus;

  @Field(() => DateTimeISOResolver, { nullable: true, description: "When the latest invite went out." })
  lastInvitedAt: Date | null;

  @Field(() => DateTimeISOResolver, { description: "When the customer was added." })
  createdAt: Date;

  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description: "When the customer was archived: hidden from lists and search, portal access ended. Null when active.",
  })
  archivedAt: Date | null;

  /** Kept for field resolvers (cars, invitations); not exposed. */
  row: CustomerRow;

  static from(row: CustomerRow, facility: Pick<FacilityRow, "resendCooldownHours" | "country">, now: Date): Customer {
    const status = computePortalStatus(
      { email: row.email, canText: row.canText, canAccessPortal: true, activatedAt: row.activatedAt },
      row.latestInvitation,
      facility,
      now,
    );
    return Object.assign(new Customer(), {
      id: String(row.id),
      name: row.name,
      email: row.email,
      phone: row.phone,
      phoneDisplay: formatPhone(row.phone, facility.country),
      address: row.address,
      notes: row.notes,
      paymentSetupConnected: row.paymentMethodConnected,
      stripeCustomerId: row.stripeCustomerId,
      carCount: row.carCount,
      portalStatus: PortalStatus.from(status),
      lastInvitedAt: row.latestInvitation?.createdAt ?? null,
      createdAt: row.createdAt,
      archivedAt: row.archivedAt,
      row,
    });
  }
}

@ObjectType({ description: "A page of customers, sorted by name." })
export class CustomerConnection {
  @Field(() => [Customer], { description: "The customers of this page." })
  nodes: Customer[];

  @Field(() => PageInfo, { description: "Where this page ends; pass endCursor as `after` for the next." })
  pageInfo: PageInfo;

  /** Runs the count query once, only if totalCount or totalCountIsLowerBound is selected. */
  count: () => Promise<{ total: number; isLowerBound: boolean }>;
}

@ObjectType({ description: "The result of handing a customer an invite in person." })
export class InPersonInvitePayload {
  @Field(() => Customer, { description: "The customer with its new portal status." })
  customer: Customer;

  @Field(() => Invitation, { description: "The invite just made; any earlier pending invite is voided." })
  invitation: Invitation;

  @Field(() => InPersonLink, { description: "The one-time link to show or copy now; it is not shown again." })
  link: InPersonLink;
}

@ObjectType({ description: "The result of Send Invite or Resend Invite." })
export class SendInvitePayload {
  @Field(() => Customer, { description: "The customer with its new portal status, for updating the row in place." })
  customer: Customer;

  @Field(() => Invitation, { description: "The invite just sent." })
  invitation: Invitation;
}
