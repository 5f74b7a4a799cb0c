import { Length } from "class-validator";
import { Field, InputType } from "type-graphql";
import { ApiKeyScope } from "./api-key.type.js";

@InputType({ description: "A new API key: what it is for and what it may do." })
export class CreateApiKeyInput {
  @Field({ description: "What will use the key, e.g. the integration's name (1–80 characters)." })
  @Length(1, 80, { message: "Name the key in 1 to 80 characters" })
  name: string;

  @Field(() => ApiKeyScope, { description: "Read-only, or read and write." })
  scope: ApiKeyScope;
}
