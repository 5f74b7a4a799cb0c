import type { GraphQLResolveInfo } from "graphql";
import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { FacilityScope } from "../../db/tenancy.js";
import { type Context, oncePerQuery } from "../../graphql/context.js";
import {
  DeliveryState,
  InvitationState,
  type InvitationView,
  InviteDelivery,
  invitationsOfAccount,
  toInvitation,
  VoidReason,
} from "./invitation.service.js";
import type { PortalStatusResult } from "./portal-status.service.js";

export enum PortalState {
  NO_EMAIL = "NO_EMAIL",
  ACCESS_DISABLED = "ACCESS_DISABLED",
  NOT_INVITED = "NOT_INVITED",
  INVITED = "INVITED",
  INVITE_RESENDABLE = "INVITE_RESENDABLE",
  INVITE_EXPIRED = "INVITE_EXPIRED",
  BOUNCED = "BOUNCED",
  IN_PORTAL = "IN_PORTAL",
}
registerEnumType(PortalState, { name: "PortalState", description: "A person's portal status, decided by the server." });

export enum InviteAction {
  SEND = "SEND",
  RESEND = "RESEND",
}
registerEnumType(InviteAction, { name: "InviteAction" });

registerEnumType(InvitationState, { name: "InvitationState" });
registerEnumType(VoidReason, { name: "VoidReason", description: "Why an invite link stopped working." });
registerEnumType(InviteDelivery, {
  name: "InviteDelivery",
  description: "How the invite reached the person: by email and/or text, or shown to staff in person.",
});
registerEnumType(DeliveryState, { name: "DeliveryState", description: "What happened to the invite email." });

@ObjectType()
export class PortalStatus {
  @Field(() => PortalState)
  state: PortalState;

  @Field({ description: "Why, in words staff can act on." })
  reason: string;

  @Field(() => InviteAction, { nullable: true, description: "The invite button to show, or null for none." })
  action: InviteAction | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: "When Resend Invite becomes available." })
  resendAvailableAt: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: "When this status changes by itself." })
  changesAt: Date | null;

  static from(result: PortalStatusResult): PortalStatus {
    return Object.assign(new PortalStatus(), {
      ...result,
      state: result.state as PortalState,
      action: result.action as InviteAction | null,
    });
  }
}

@ObjectType({ description: "One invite sent to a customer or contact." })
export class Invitation implements InvitationView {
  @Field(() => ID)
  id: string;

  @Field({ description: "The address the invite was emailed to; empty when it went by text only." })
  email: string;

  @Field(() => InviteDelivery)
  deliveredVia: InviteDelivery;

  @Field(() => String, { nullable: true, description: "The number the invite was texted to (E.164), if any." })
  phone: string | null;

  @Field(() => DateTimeISOResolver)
  createdAt: Date;

  @Field(() => DateTimeISOResolver)
  expiresAt: Date;

  @Field(() => InvitationState)
  state: InvitationState;

  @Field(() => VoidReason, { nullable: true, description: "Why the invite stopped working." })
  voidReason: VoidReason | null;

  @Field(() => DeliveryState)
  deliveryState: DeliveryState;

  @Field(() => String, { nullable: true, description: "The email service's reason, for bounces and failures." })
  deliveryDetail: string | null;

  @Field(() => DateTimeISOResolver, { nullable: true })
  deliveryUpdatedAt: Date | null;

  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description: "For an invite shown in person (QR code or copied link): when its one-time link stops working.",
  })
  inPersonLinkExpiresAt: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true })
  linkOpenedAt: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true })
  acceptedAt: Date | null;

  @Field(() => String, { nullable: true, description: "Name of the staff user who sent it." })
  invitedByName: string | null;

  @Field(() => Int, { description: "Reminders of this invite sent so far." })
  reminderCount: number;

  @Field(() => DateTimeISOResolver, { nullable: true, description: "When the last reminder went out." })
  lastReminderAt: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: "When staff stopped this invite's reminders." })
  remindersStoppedAt: Date | null;

  @Field(() => String, { nullable: true, description: "Name of the staff user who stopped the reminders." })
  remindersStoppedByName: string | null;

  /** Whose invite it is: the timeline loads every invite of the customer at once. */
  facilityId: number;
  customerId: number;
}

export enum InvitationEventKind {
  QUEUED = "QUEUED",
  SENT = "SENT",
  DELIVERED = "DELIVERED",
  BOUNCED = "BOUNCED",
  SPAM_COMPLAINT = "SPAM_COMPLAINT",
  FAILED = "FAILED",
  LINK_OPENED = "LINK_OPENED",
  SIGNED_IN = "SIGNED_IN",
  REMINDER_SENT = "REMINDER_SENT",
  REMINDERS_STOPPED = "REMINDERS_STOPPED",
  QR_CODE_SHOWN = "QR_CODE_SHOWN",
  LINK_COPIED = "LINK_COPIED",
  TEXT_SENT = "TEXT_SENT",
  TEXT_DELIVERED = "TEXT_DELIVERED",
  TEXT_FAILED = "TEXT_FAILED",
}
registerEnumType(InvitationEventKind, { name: "InvitationEventKind" });

export enum InPersonDelivery {
  QR_CODE = "QR_CODE",
  COPIED_LINK = "COPIED_LINK",
}
registerEnumType(InPersonDelivery, {
  name: "InPersonDelivery",
  description: "How staff hand an invite over in person: a QR code on screen, or a link they paste themselves.",
});

@ObjectType({
  description: "A one-time invite link for staff to hand over in person. Shown once: only its hash is kept.",
})
export class InPersonLink {
  @Field({ description: "The link to the portal's Continue page." })
  url: string;

  @Field(() => String, { nullable: true, description: "The link as a QR code (an SVG document), for QR_CODE." })
  qrCodeSvg: string | null;

  @Field(() => DateTimeISOResolver, { description: "When the link stops working (15 minutes)." })
  expiresAt: Date;

  static from(result: { url: string; qrCodeSvg: string | null; linkExpiresAt: Date }): InPersonLink {
    return Object.assign(new InPersonLink(), {
      url: result.url,
      qrCodeSvg: result.qrCodeSvg,
      expiresAt: result.linkExpiresAt,
    });
  }
}

@ObjectType({ description: "One step of an invite's timeline." })
export class InvitationEvent {
  @Field(() => InvitationEventKind)
  kind: InvitationEventKind;

  @Field(() => DateTimeISOResolver)
  at: Date;

  @Field(() => String, {
    nullable: true,
    description:
      "The email service's reason, for bounces and failures; who stopped reminders, for REMINDERS_STOPPED; who showed the QR code or copied the link, for QR_CODE_SHOWN and LINK_COPIED.",
  })
  detail: string | null;
}

/**
 * A person's invite history, newest first (the customer themself when contactId is null). The
 * invites of every person of the account are read once per page, by the first field that asks.
 */
export async function invitationsOfPerson(
  ctx: Context,
  info: GraphQLResolveInfo,
  person: { facilityId: number; customerId: number; contactId: number | null },
): Promise<Invitation[]> {
  const byPerson = await oncePerQuery(ctx, info, `invitations-of-account:${person.customerId}`, () =>
    invitationsOfAccount(ctx.data, new FacilityScope(person.facilityId), person.customerId),
  );
  return (byPerson.get(person.contactId) ?? []).map(toInvitation);
}
