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
registerEnumType(PortalState, {
  name: "PortalState",
  description: "A person's portal status, decided by the server.",
  valuesConfig: {
    NO_EMAIL: { description: "No valid email on record: add one before inviting." },
    ACCESS_DISABLED: { description: "A contact whose Can access portal is off: no invite can be sent." },
    NOT_INVITED: { description: "Never invited: Send Invite." },
    INVITED: {
      description: "A pending invite inside the resend cooldown: Resend Invite is available at resendAvailableAt.",
    },
    INVITE_RESENDABLE: { description: "A pending invite whose resend cooldown is over: Resend Invite." },
    INVITE_EXPIRED: { description: "The invite link expired: Resend Invite, with no cooldown." },
    BOUNCED: { description: "The invite email bounced: Resend Invite, with no cooldown, once the address is fixed." },
    IN_PORTAL: { description: "Has signed in to the portal: IN PORTAL." },
  },
});

export enum InviteAction {
  SEND = "SEND",
  RESEND = "RESEND",
}
registerEnumType(InviteAction, {
  name: "InviteAction",
  description: "The invite button staff may press for a person.",
  valuesConfig: {
    SEND: { description: "Send Invite: the person was never invited." },
    RESEND: { description: "Resend Invite: issues a new link and voids the old one." },
  },
});

registerEnumType(InvitationState, {
  name: "InvitationState",
  description: "Where an invite stands.",
  valuesConfig: {
    PENDING: { description: "Sent and not yet used; works until expiresAt." },
    ACCEPTED: { description: "The person signed in through it." },
    VOID: { description: "Stopped working before use; voidReason says why." },
  },
});
registerEnumType(VoidReason, {
  name: "VoidReason",
  description: "Why an invite link stopped working.",
  valuesConfig: {
    RESENT: { description: "A newer invite replaced it (Resend Invite)." },
    EMAIL_CHANGED: { description: "The person's email on record changed." },
    PHONE_CHANGED: { description: "The number the link was texted to changed." },
    ACCESS_REMOVED: { description: "The contact's Can access portal was turned off." },
  },
});
registerEnumType(InviteDelivery, {
  name: "InviteDelivery",
  description: "How the invite reached the person: by email and/or text, or shown to staff in person.",
  valuesConfig: {
    EMAIL: { description: "By email." },
    TEXT: { description: "By text message (SMS)." },
    EMAIL_AND_TEXT: { description: "By email and by text message." },
    QR_CODE: { description: "Shown in person as a QR code." },
    COPIED_LINK: { description: "Handed over in person as a link staff copied." },
  },
});
registerEnumType(DeliveryState, {
  name: "DeliveryState",
  description: "What happened to the invite email.",
  valuesConfig: {
    QUEUED: { description: "Waiting to be sent." },
    SENT: { description: "Handed to the email service." },
    DELIVERED: { description: "Accepted by the person's mail server." },
    BOUNCED: { description: "Bounced: the address does not receive mail." },
    FAILED: { description: "Could not be sent." },
  },
});

@ObjectType({
  description:
    "A person's portal status with the reason and, where it applies, when it changes. Computed by the server; clients only display it.",
})
export class PortalStatus {
  @Field(() => PortalState, { description: "The status." })
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
  @Field(() => ID, { description: "The invitation's ID." })
  id: string;

  @Field({ description: "The address the invite was emailed to; empty when it went by text only." })
  email: string;

  @Field(() => InviteDelivery, { description: "How the invite reached the person." })
  deliveredVia: InviteDelivery;

  @Field(() => String, { nullable: true, description: "The number the invite was texted to (E.164), if any." })
  phone: string | null;

  @Field(() => DateTimeISOResolver, { description: "When the invite was sent." })
  createdAt: Date;

  @Field(() => DateTimeISOResolver, {
    description: "When the invite link stops working (the facility's link lifetime, 7 days by default).",
  })
  expiresAt: Date;

  @Field(() => InvitationState, { description: "Whether the invite is pending, accepted or void." })
  state: InvitationState;

  @Field(() => VoidReason, { nullable: true, description: "Why the invite stopped working." })
  voidReason: VoidReason | null;

  @Field(() => DeliveryState, { description: "What happened to the invite email." })
  deliveryState: DeliveryState;

  @Field(() => String, { nullable: true, description: "The email service's reason, for bounces and failures." })
  deliveryDetail: string | null;

  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description: "When deliveryState last changed; null before any report from the email service.",
  })
  deliveryUpdatedAt: Date | null;

  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description: "For an invite shown in person (QR code or copied link): when its one-time link stops working.",
  })
  inPersonLinkExpiresAt: Date | null;

  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description: "When the link was first opened (opening never signs anyone in); null if never.",
  })
  linkOpenedAt: Date | null;

  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description: "When the person signed in through this invite; null until then.",
  })
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
  TEXT_INSTEAD = "TEXT_INSTEAD",
}
registerEnumType(InvitationEventKind, {
  name: "InvitationEventKind",
  description: "What happened at one step of an invite.",
  valuesConfig: {
    QUEUED: { description: "The invite email was queued." },
    SENT: { description: "The invite email was handed to the email service." },
    DELIVERED: { description: "The invite email was delivered." },
    BOUNCED: { description: "The invite email bounced." },
    SPAM_COMPLAINT: { description: "The person marked the invite email as spam." },
    FAILED: { description: "The invite email could not be sent." },
    LINK_OPENED: { description: "The link was opened." },
    SIGNED_IN: { description: "The person signed in through the invite." },
    REMINDER_SENT: { description: "A reminder of the invite was sent." },
    REMINDERS_STOPPED: { description: "Staff stopped the invite's reminders." },
    QR_CODE_SHOWN: { description: "Staff showed the link as a QR code in person." },
    LINK_COPIED: { description: "Staff copied the link to hand over in person." },
    TEXT_SENT: { description: "The invite text message was sent." },
    TEXT_DELIVERED: { description: "The invite text message was delivered." },
    TEXT_FAILED: { description: "The invite text message could not be delivered." },
    TEXT_INSTEAD: {
      description:
        "The invite email bounced for good, so the invite was queued once by text to the number in the detail (the person may be texted).",
    },
  },
});

export enum InPersonDelivery {
  QR_CODE = "QR_CODE",
  COPIED_LINK = "COPIED_LINK",
}
registerEnumType(InPersonDelivery, {
  name: "InPersonDelivery",
  description: "How staff hand an invite over in person: a QR code on screen, or a link they paste themselves.",
  valuesConfig: {
    QR_CODE: { description: "A QR code on the staff screen for the person to scan." },
    COPIED_LINK: { description: "A link staff copy and pass on themselves." },
  },
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
  @Field(() => InvitationEventKind, { description: "What happened." })
  kind: InvitationEventKind;

  @Field(() => DateTimeISOResolver, { description: "When it happened." })
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
