import { IsOptional, Length, MaxLength, ValidateNested } from "class-validator";
import { Field, InputType } from "type-graphql";
import { IsOptionalEmail } from "../../graphql/validators.js";
import { ContactRole } from "./contact.type.js";

@InputType()
export class CommunicationPreferencesInput {
  @Field()
  invoices: boolean;

  @Field()
  estimates: boolean;

  @Field()
  scheduling: boolean;

  @Field()
  carUpdates: boolean;

  @Field()
  contracts: boolean;

  @Field()
  socialEvents: boolean;

  @Field()
  marketing: boolean;
}

@InputType({ description: "A sub-contact, for add and edit." })
export class ContactInput {
  @Field()
  @Length(1, 200, { message: "Enter a name (up to 200 characters)" })
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptionalEmail()
  @MaxLength(254, { message: "That email address is too long" })
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(40, { message: "Phone numbers are at most 40 characters" })
  phone?: string | null;

  @Field(() => ContactRole)
  role: ContactRole;

  @Field({ description: "“Can access portal”." })
  canAccessPortal: boolean;

  @Field(() => CommunicationPreferencesInput)
  @ValidateNested()
  preferences: CommunicationPreferencesInput;
}
