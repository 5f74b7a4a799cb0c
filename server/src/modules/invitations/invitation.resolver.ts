import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { Invitation, InvitationEvent, type InvitationEventKind } from "./invitation.type.js";
import { batchedTimelineOf } from "./invitation-events.service.js";

@Resolver(() => Invitation)
export class InvitationResolver {
  @FieldResolver(() => [InvitationEvent], {
    description: "Queued → sent → delivered / bounced → link opened → signed in, oldest first.",
  })
  async timeline(@Ctx() ctx: Context, @Root() invitation: Invitation): Promise<InvitationEvent[]> {
    const { facilityId, customerId } = invitation;
    const events = await batchedTimelineOf(ctx, ctx.data, { id: Number(invitation.id), facilityId, customerId });
    return events.map((e) =>
      Object.assign(new InvitationEvent(), { kind: e.kind as InvitationEventKind, at: e.at, detail: e.detail }),
    );
  }
}
