import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Facility } from "../facilities/facility.type.js";

export enum StaffRole {
  ADMIN = "ADMIN",
  STAFF = "STAFF",
}
registerEnumType(StaffRole, { name: "StaffRole" });

@ObjectType({ description: "A member of a facility's team, signed in to the dashboard." })
export class StaffUser {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  email: string;

  @Field(() => StaffRole)
  role: StaffRole;

  @Field(() => Facility)
  facility: Facility;
}

@ObjectType({ description: "Shown on the sign-in page of a demo deployment only." })
export class DemoCredentials {
  @Field()
  email: string;

  @Field()
  password: string;
}
