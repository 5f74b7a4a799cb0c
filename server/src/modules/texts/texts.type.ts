import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { textsConfigured } from "../../config.js";
import { FacilityScope } from "../../db/tenancy.js";
import { type Context, requestFacility } from "../../graphql/context.js";
import { formatPhone } from "../../lib/phone.js";
import {
  type Channel,
  channelsFor,
  recentTextsOf,
  type TextDeliveryStatus as TextDeliveryStatusValue,
  type TextPerson,
  type TextSettingsRow,
  textSettingsOf,
} from "./texts.service.js";

export enum MessageChannel {
  EMAIL = "EMAIL",
  TEXT = "TEXT",
  BOTH = "BOTH",
}
registerEnumType(MessageChannel, {
  name: "MessageChannel",
  description: "How a person wants to hear from the facility: email, text (SMS), or both.",
  valuesConfig: {
    EMAIL: { description: "By email only." },
    TEXT: { description: "By text message (SMS) only, where consent allows." },
    BOTH: { description: "By email and by text message." },
  },
});

export enum TextDeliveryStatus {
  QUEUED = "QUEUED",
  SENT = "SENT",
  DELIVERED = "DELIVERED",
  FAILED = "FAILED",
  UNDELIVERED = "UNDELIVERED",
}
registerEnumType(TextDeliveryStatus, {
  name: "TextDeliveryStatus",
  description: "What the SMS provider reported.",
  valuesConfig: {
    QUEUED: { description: "Waiting to be sent." },
    SENT: { description: "Handed to the SMS provider." },
    DELIVERED: { description: "The provider reports it reached the phone." },
    FAILED: { description: "The provider could not send it." },
    UNDELIVERED: { description: "Sent, but the carrier could not deliver it." },
  },
});

@ObjectType({ description: "One text sent to a person." })
export class TextMessage {
  @Field(() => ID, { description: "The text's ID." })
  id: string;

  @Field({ description: "INVITE, INVITE_REMINDER, SIGN_IN_LINK or CARE_REMINDER." })
  kind: string;

  @Field({ description: "E.164." })
  toPhone: string;

  @Field(() => TextDeliveryStatus, { description: "What the SMS provider reported last." })
  deliveryStatus: TextDeliveryStatusValue;

  @Field(() => String, { nullable: true, description: "Why it failed, in words staff can act on." })
  deliveryDetail: string | null;

  @Field(() => DateTimeISOResolver, { description: "When the text was queued." })
  createdAt: Date;

  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description: "When deliveryStatus last changed; null before any report.",
  })
  deliveryUpdatedAt: Date | null;
}

@ObjectType({ description: "A person's channel, consent to texts and opt-out (STOP) state." })
export class TextSettings {
  @Field(() => MessageChannel, { description: "How invites and reminders reach the person: email, text or both." })
  channel: Channel;

  @Field(() => String, { nullable: true, description: "The number on record, E.164." })
  phone: string | null;

  @Field(() => String, { nullable: true, description: "The number as people read it." })
  phoneDisplay: string | null;

  @Field({ description: "Consent to texts is recorded for the number on record." })
  consentGiven: boolean;

  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description: "When consent to texts was recorded; null without consent.",
  })
  consentAt: Date | null;

  @Field(() => String, { nullable: true, description: "Who recorded the consent and how." })
  consentSource: string | null;

  @Field({ description: "The number replied STOP and has not replied START since." })
  optedOut: boolean;

  @Field(() => DateTimeISOResolver, { nullable: true, description: "When the number last replied STOP." })
  optedOutAt: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: "When the number last replied START." })
  optedInAt: Date | null;

  @Field({ description: "Texts may go to this person now: a number, consent for it, no STOP." })
  canText: boolean;

  @Field({ description: "An invite or reminder now would go by email." })
  sendsEmail: boolean;

  @Field({ description: "An invite or reminder now would go by text." })
  sendsText: boolean;

  @Field({ description: "Which channels an invite would use, in words: “Will send by email and text to …”." })
  channelSummary: string;

  @Field(() => [TextMessage], { description: "The latest texts to the number on record, newest first." })
  recentTexts: TextMessage[];

  /** textsOn: whether this server can send texts at all (textsConfigured); invites by text are refused when not. */
  static from(row: TextSettingsRow, country: string, recent: TextMessage[], textsOn: boolean): TextSettings {
    const via = channelsFor(row);
    const phoneDisplay = formatPhone(row.phone, country);
    const parts = [via.email ? `email to ${row.email}` : null, via.text ? `text to ${phoneDisplay}` : null].filter(
      Boolean,
    );
    return Object.assign(new TextSettings(), {
      channel: row.channel,
      phone: row.phone,
      phoneDisplay,
      consentGiven: row.smsConsentPhone != null && row.smsConsentPhone === row.phone,
      consentAt: row.smsConsentAt,
      consentSource: row.smsConsentSource,
      optedOut: row.optedOut,
      optedOutAt: row.optedOutAt,
      optedInAt: row.optedInAt,
      canText: row.canText,
      sendsEmail: via.email,
      sendsText: via.text,
      channelSummary:
        via.text && !textsOn
          ? `Would send by text, but this server cannot send texts: ${row.email ? "choose Email" : "add an email"} for this person`
          : parts.length
            ? `Will send by ${parts.join(" and ")}`
            : "No way to reach this person: add an email, or a mobile number with consent to texts",
      recentTexts: recent,
    });
  }
}

/** A person's text settings as the API shows them; NOT_FOUND outside the facility. */
export async function textSettingsFor(ctx: Context, facilityId: number, person: TextPerson): Promise<TextSettings> {
  const scope = new FacilityScope(facilityId);
  const row = await textSettingsOf(ctx.data, scope, person);
  const recent = await recentTextsOf(ctx.data, scope, row.phone);
  const facility = await requestFacility(ctx, facilityId);
  return TextSettings.from(
    row,
    facility.country,
    recent.map((r) => Object.assign(new TextMessage(), { ...r, id: String(r.id) })),
    textsConfigured(ctx.config),
  );
}
