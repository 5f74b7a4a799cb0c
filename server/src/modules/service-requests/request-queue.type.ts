import { Field, ObjectType } from "type-graphql";
import { PageInfo } from "../../graphql/pagination.js";
import { ServiceRequest } from "./service-request.type.js";

@ObjectType({
  description:
    "A page of the staff queue: open requests first (new, scheduled, in progress), oldest first within each; closed ones after, newest first.",
})
export class ServiceRequestConnection {
  @Field(() => [ServiceRequest], { description: "The requests of this page, in queue order." })
  nodes: ServiceRequest[];

  @Field(() => PageInfo, { description: "Where the next page starts." })
  pageInfo: PageInfo;
}
