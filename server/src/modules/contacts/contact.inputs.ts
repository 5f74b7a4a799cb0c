import { IsOptional, Length, MaxLength, ValidateNested } from "class-validator";
import { Field, InputType } from "type-graphql";
import { IsOptionalEmail } from "../../graphql/validators.js";
import { ContactRole } from "./contact.type.js";

@InputType({ description: "Which kinds of email a person receives, each on or off. Invites always go." })
export class CommunicationPreferencesInput {
  @Field({ description: "Billing notifications and payment receipts." })
  invoices: boolean;

  @Field({ description: "Quotes and estimates." })
  estimates: boolean;

  @Field({ description: "Appointment and event reminders." })
  scheduling: boolean;

  @Field({ description: "Vehicle status changes, photo sessions and condition reports." })
  carUpdates: boolean;

  @Field({ description: "Document signing requests and agreement notifications." })
  contracts: boolean;

  @Field({ description: "Invitations to community events and gatherings." })
  socialEvents: boolean;

  @Field({ description: "Promotions and newsletters." })
  marketing: boolean;
}

@InputType({ description: "A sub-contact, for add and edit." })
export class ContactInput {
  @Field({ description: "Full name, 1 to 200 characters." })
  @Length(1, 200, { message: "Enter a name (up to 200 characters)" })
  name: string;

  @Field(() => String, {
    nullable: true,
    description:
      "Email address, up to 254 characters; empty for none (the contact then cannot be invited by email). A new email voids pending invite links.",
  })
  @IsOptionalEmail()
  @MaxLength(254, { message: "That email address is too long" })
  email?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Phone number, up to 40 characters: E.164 or a number of the facility's country; stored as E.164. Empty for none.",
  })
  @IsOptional()
  @MaxLength(40, { message: "Phone numbers are at most 40 characters" })
  phone?: string | null;

  @Field(() => ContactRole, { description: "How the contact is related to the customer." })
  role: ContactRole;

  @Field({ description: "“Can access portal”." })
  canAccessPortal: boolean;

  @Field(() => CommunicationPreferencesInput, { description: "Which kinds of email the contact receives." })
  @ValidateNested()
  preferences: CommunicationPreferencesInput;
}
