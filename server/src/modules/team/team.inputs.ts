import { Length, MaxLength } from "class-validator";
import { Field, InputType } from "type-graphql";
import { StaffRole } from "../auth/staff-user.type.js";

@InputType({ description: "A colleague to invite to the team." })
export class InviteStaffInput {
  @Field({ description: "Their email, up to 254 characters; the invite link goes there." })
  @MaxLength(254, { message: "That email address is too long" })
  email: string;

  @Field({ description: "Their name, 1 to 120 characters." })
  @Length(1, 120, { message: "Enter their name (up to 120 characters)" })
  name: string;

  @Field(() => StaffRole, { description: "ADMIN or STAFF." })
  role: StaffRole;
}
