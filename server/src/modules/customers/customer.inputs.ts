import { IsOptional, Length, MaxLength } from "class-validator";
import { Field, InputType } from "type-graphql";
import { IsOptionalEmail } from "../../graphql/validators.js";

@InputType({ description: "A customer's profile, for create and edit." })
export class CustomerInput {
  @Field({ description: "Full name, 1 to 200 characters." })
  @Length(1, 200, { message: "Enter a name (up to 200 characters)" })
  name: string;

  @Field(() => String, { nullable: true, description: "Leave empty for a customer without email (cannot be invited)." })
  @IsOptionalEmail()
  @MaxLength(254, { message: "That email address is too long" })
  email?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Phone number, up to 40 characters: E.164 (+12075550148) or a number of the facility's country; stored as E.164. Empty for none.",
  })
  @IsOptional()
  @MaxLength(40, { message: "Phone numbers are at most 40 characters" })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: "Postal address, free text, up to 500 characters." })
  @IsOptional()
  @MaxLength(500, { message: "The address is at most 500 characters" })
  address?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Staff's private notes, up to 5,000 characters; never shown in the portal.",
  })
  @IsOptional()
  @MaxLength(5000, { message: "Notes are at most 5000 characters" })
  notes?: string | null;
}
