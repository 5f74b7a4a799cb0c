import { Field, ObjectType } from "type-graphql";

@ObjectType()
export class PageInfo {
  @Field(() => String, { nullable: true, description: "Pass as `after` to get the next page." })
  endCursor: string | null;

  @Field()
  hasNextPage: boolean;
}

/** A cursor carries a sort key (a name of up to 200 characters, up to 3 bytes each) as base64. */
export const MAX_CURSOR_LENGTH = 1000;
