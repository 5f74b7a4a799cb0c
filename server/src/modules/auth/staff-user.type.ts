import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Facility } from "../facilities/facility.type.js";

export enum StaffRole {
  ADMIN = "ADMIN",
  STAFF = "STAFF",
}
registerEnumType(StaffRole, {
  name: "StaffRole",
  description: "A staff user's role in the facility.",
  valuesConfig: {
    ADMIN: { description: "Everything staff can do, plus the team, settings, billing setup and the audit log." },
    STAFF: { description: "Day-to-day work: customers, cars, invoices, documents, events, messages and invites." },
  },
});

@ObjectType({ description: "A member of a facility's team, signed in to the dashboard." })
export class StaffUser {
  @Field(() => ID, { description: "The staff user's ID." })
  id: string;

  @Field({ description: "Their name." })
  name: string;

  @Field({ description: "The email they sign in with." })
  email: string;

  @Field(() => StaffRole, { description: "ADMIN or STAFF." })
  role: StaffRole;

  @Field(() => Facility, { description: "The facility they work for." })
  facility: Facility;
}

@ObjectType({ description: "Shown on the sign-in page of a demo deployment only." })
export class DemoCredentials {
  @Field({ description: "The demo admin's email." })
  email: string;

  @Field({ description: "The demo admin's password." })
  password: string;
}
