import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { Invitation, InvitationEvent, type InvitationEventKind } from "./invitation.type.js";
import { batchedTimelineOf } from "./invitation-events.js";

@Resolver(() => Invitation)
export class InvitationResolver {
  @FieldResolver(() => [InvitationEvent], {
    description: "Queued → sent → delivered / bounced → link opened → signed in, oldest first.",
  })
  timeline(@Ctx() ctx: Context, @Root() invitation: Invitation): InvitationEvent[] {
    const { facilityId, customerId } = invitation;
    return batchedTimelineOf(ctx, ctx.db, { id: Number(invitation.id), facilityId, customerId }).map((e) =>
      Object.assign(new InvitationEvent(), { kind: e.kind as InvitationEventKind, at: e.at, detail: e.detail }),
    );
  }
}
