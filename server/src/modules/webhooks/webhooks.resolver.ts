import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Role } from "../../graphql/auth.js";
import { StringArg } from "../../graphql/bounds.js";
import { type Context, staffScope } from "../../graphql/context.js";
import { parseId } from "../../graphql/ids.js";
import { decodeTimeCursor, encodeTimeCursor } from "../../lib/cursor.js";
import { badInput } from "../../lib/domain-error.js";
import { CreateWebhookEndpointInput, UpdateWebhookEndpointInput } from "./webhooks.inputs.js";
import {
  createEndpoint,
  deleteEndpoint,
  deliveriesPage,
  endpointOf,
  listEndpoints,
  resendDelivery,
  rotateEndpointSecret,
  sendTestEvent,
  updateEndpoint,
} from "./webhooks.service.js";
import { WebhookDelivery, WebhookDeliveryConnection, WebhookEndpoint } from "./webhooks.type.js";

const MAX_PAGE = 100;

@Resolver(() => WebhookEndpoint)
export class WebhookResolver {
  @Authorized(Role.ADMIN)
  @Query(() => [WebhookEndpoint], { description: "The facility's webhook endpoints, oldest first (admins)." })
  async webhookEndpoints(@Ctx() ctx: Context): Promise<WebhookEndpoint[]> {
    return (await listEndpoints(ctx.data, staffScope(ctx))).map(WebhookEndpoint.from);
  }

  @Authorized(Role.ADMIN)
  @Query(() => WebhookEndpoint, { description: "One webhook endpoint of the facility (admins)." })
  async webhookEndpoint(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The endpoint's id." }) id: string,
  ): Promise<WebhookEndpoint> {
    const row = await endpointOf(ctx.data.read, ctx.data.t, staffScope(ctx), parseId(id, "Webhook endpoint"));
    return WebhookEndpoint.from(row);
  }

  @FieldResolver(() => WebhookDeliveryConnection, {
    description: "The endpoint's deliveries of the last 30 days, newest first.",
  })
  async deliveries(
    @Ctx() ctx: Context,
    @Root() endpoint: WebhookEndpoint,
    @Arg("first", () => Int, { defaultValue: 25, description: "Deliveries per page, 1 to 100." }) first: number,
    @StringArg("after", { nullable: true, maxLength: 40, description: "pageInfo.endCursor of the page before." })
    after: string | null,
  ): Promise<WebhookDeliveryConnection> {
    if (first < 1 || first > MAX_PAGE)
      throw badInput(`first must be between 1 and ${MAX_PAGE}`, { first: "Out of range" });
    const page = await deliveriesPage(ctx.data, staffScope(ctx), endpoint.row.id, {
      first,
      after: decodeTimeCursor(after),
    });
    const last = page.rows.at(-1);
    return Object.assign(new WebhookDeliveryConnection(), {
      nodes: page.rows.map(WebhookDelivery.from),
      pageInfo: { endCursor: last ? encodeTimeCursor(last.createdAt, last.id) : null, hasNextPage: page.hasNextPage },
    });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => WebhookEndpoint, {
    description:
      "Adds a webhook endpoint with a new signing secret. The URL must be https:// and reach only public addresses.",
  })
  async createWebhookEndpoint(
    @Ctx() ctx: Context,
    @Arg("input", () => CreateWebhookEndpointInput, { description: "The endpoint." }) input: CreateWebhookEndpointInput,
  ): Promise<WebhookEndpoint> {
    return WebhookEndpoint.from(await createEndpoint(ctx, staffScope(ctx), input));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => WebhookEndpoint, { description: "Changes a webhook endpoint, or turns it on or off." })
  async updateWebhookEndpoint(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The endpoint's id." }) id: string,
    @Arg("input", () => UpdateWebhookEndpointInput, { description: "What changes." }) input: UpdateWebhookEndpointInput,
  ): Promise<WebhookEndpoint> {
    return WebhookEndpoint.from(await updateEndpoint(ctx, staffScope(ctx), parseId(id, "Webhook endpoint"), input));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => WebhookEndpoint, {
    description: "Replaces the endpoint's signing secret; deliveries from now on are signed with the new one.",
  })
  async rotateWebhookEndpointSecret(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The endpoint's id." }) id: string,
  ): Promise<WebhookEndpoint> {
    return WebhookEndpoint.from(await rotateEndpointSecret(ctx, staffScope(ctx), parseId(id, "Webhook endpoint")));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ID, { description: "Deletes a webhook endpoint and its delivery log; answers its id." })
  async deleteWebhookEndpoint(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The endpoint's id." }) id: string,
  ): Promise<string> {
    await deleteEndpoint(ctx, staffScope(ctx), parseId(id, "Webhook endpoint"));
    return id;
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => WebhookDelivery, {
    description:
      "Sends a webhook.test event to the endpoint now, whatever it listens to: to try the receiver and its signature check.",
  })
  async sendTestWebhookEvent(
    @Ctx() ctx: Context,
    @Arg("endpointId", () => ID, { description: "The endpoint to send it to." }) endpointId: string,
  ): Promise<WebhookDelivery> {
    const row = await sendTestEvent(ctx, staffScope(ctx), parseId(endpointId, "Webhook endpoint"));
    ctx.nudgeOutbox();
    return WebhookDelivery.from(row);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => WebhookDelivery, {
    description: "Queues the delivery's event again, to the same endpoint, as a new delivery (same event id).",
  })
  async resendWebhookDelivery(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The delivery's id." }) id: string,
  ): Promise<WebhookDelivery> {
    const row = await resendDelivery(ctx, staffScope(ctx), parseId(id, "Webhook delivery"));
    ctx.nudgeOutbox();
    return WebhookDelivery.from(row);
  }
}
