import { ArrayMaxSize, IsOptional, MaxLength } from "class-validator";
import { Field, InputType } from "type-graphql";
import { MAX_WEBHOOK_URL } from "./webhook-target.js";
import { MAX_DESCRIPTION, type WebhookEventType as WireName } from "./webhooks.service.js";
import { WebhookEventType } from "./webhooks.type.js";

@InputType({ description: "A new webhook endpoint." })
export class CreateWebhookEndpointInput {
  @Field({ description: "Where to post events: https:// on a public address." })
  @MaxLength(MAX_WEBHOOK_URL)
  url: string;

  @Field(() => String, { nullable: true, description: "What the endpoint is for, for the admins." })
  @IsOptional()
  @MaxLength(MAX_DESCRIPTION)
  description?: string | null;

  @Field(() => [WebhookEventType], { description: "The events to post; at least one." })
  @ArrayMaxSize(20)
  events: WireName[];
}

@InputType({ description: "Changes to a webhook endpoint; fields left out stay as they are." })
export class UpdateWebhookEndpointInput {
  @Field(() => String, { nullable: true, description: "Where to post events: https:// on a public address." })
  @IsOptional()
  @MaxLength(MAX_WEBHOOK_URL)
  url?: string | null;

  @Field(() => String, { nullable: true, description: "What the endpoint is for, for the admins." })
  @IsOptional()
  @MaxLength(MAX_DESCRIPTION)
  description?: string | null;

  @Field(() => [WebhookEventType], { nullable: true, description: "The events to post; at least one." })
  @IsOptional()
  @ArrayMaxSize(20)
  events?: WireName[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Turns it on (with a clean failure record) or off; deliveries waiting are dropped while off.",
  })
  @IsOptional()
  enabled?: boolean | null;
}
