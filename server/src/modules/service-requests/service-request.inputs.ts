import { MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { ServiceRequestType } from "./service-request.type.js";

@InputType({ description: "Work a portal person asks for." })
export class ServiceRequestInput {
  @Field(() => ServiceRequestType, { description: "What kind of work." })
  type: ServiceRequestType;

  @Field(() => ID, { nullable: true, description: "A car of the account it is for; omit for none." })
  carId?: string | null;

  @Field(() => String, { nullable: true, description: "Notes for the facility, up to 4,000 characters." })
  @MaxLength(4000)
  notes?: string | null;

  @Field(() => String, { nullable: true, description: "ISO date (YYYY-MM-DD)." })
  @MaxLength(10, { message: "Use a date like 2026-03-02" })
  preferredDate?: string | null;
}
