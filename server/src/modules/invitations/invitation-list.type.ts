import { Field, ObjectType } from "type-graphql";
import { PageInfo } from "../../graphql/pagination.js";
import { Invitation } from "./invitation.type.js";

@ObjectType({ description: "A page of the facility's invites, newest first." })
export class InvitationConnection {
  @Field(() => [Invitation], { description: "The invites of this page." })
  nodes: Invitation[];

  @Field(() => PageInfo, { description: "Where the next page starts." })
  pageInfo: PageInfo;
}
