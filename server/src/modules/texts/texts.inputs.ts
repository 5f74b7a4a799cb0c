import { IsOptional, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { MessageChannel } from "./texts.type.js";

@InputType({ description: "Staff set a person's channel and record (or withdraw) their consent to texts." })
export class TextSettingsInput {
  @Field(() => ID, { description: "The customer (or the customer of the contact)." })
  @MaxLength(40)
  customerId: string;

  @Field(() => ID, { nullable: true, description: "A sub-contact of the customer; null for the customer themself." })
  @IsOptional()
  @MaxLength(40)
  contactId?: string | null;

  @Field(() => MessageChannel, { description: "How invites and reminders should reach the person." })
  channel: MessageChannel;

  @Field({ description: "The person agreed to texts at the number on record (false withdraws it)." })
  consent: boolean;

  @Field(() => String, { nullable: true, description: "How consent was given, e.g. “Said yes at the counter”." })
  @IsOptional()
  @MaxLength(200, { message: "The note is at most 200 characters" })
  consentNote?: string | null;
}

@InputType({ description: "A portal person's own channel and consent to texts." })
export class MyTextSettingsInput {
  @Field(() => MessageChannel, { description: "How my invites, reminders and sign-in links should reach me." })
  channel: MessageChannel;

  @Field({ description: "I agree to receive texts at my number (false withdraws it)." })
  consent: boolean;
}
