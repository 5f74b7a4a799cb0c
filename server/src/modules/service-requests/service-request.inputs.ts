import { MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { ServiceRequestType } from "./service-request.type.js";

@InputType()
export class ServiceRequestInput {
  @Field(() => ServiceRequestType)
  type: ServiceRequestType;

  @Field(() => ID, { nullable: true })
  carId?: string | null;

  @Field(() => String, { nullable: true })
  @MaxLength(4000)
  notes?: string | null;

  @Field(() => String, { nullable: true, description: "ISO date (YYYY-MM-DD)." })
  @MaxLength(10, { message: "Use a date like 2026-03-02" })
  preferredDate?: string | null;
}
