import { Length, MaxLength } from "class-validator";
import { Field, InputType } from "type-graphql";
import { StaffRole } from "../auth/staff-user.type.js";

@InputType({ description: "A colleague to invite to the team." })
export class InviteStaffInput {
  @Field()
  @MaxLength(254, { message: "That email address is too long" })
  email: string;

  @Field()
  @Length(1, 120, { message: "Enter their name (up to 120 characters)" })
  name: string;

  @Field(() => StaffRole)
  role: StaffRole;
}
