import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { type Context, requestFacility } from "../../graphql/context.js";
import { formatPhone, formatPhonesIn } from "../../lib/phone.js";
import { Invitation, InvitationEvent, type InvitationEventKind } from "./invitation.type.js";
import { batchedTimelineOf } from "./invitation-events.service.js";

@Resolver(() => Invitation)
export class InvitationResolver {
  @FieldResolver(() => [InvitationEvent], {
    description: "Queued → sent → delivered / bounced → link opened → signed in, oldest first.",
  })
  async timeline(@Ctx() ctx: Context, @Root() invitation: Invitation): Promise<InvitationEvent[]> {
    const { facilityId, customerId } = invitation;
    const [events, facility] = await Promise.all([
      batchedTimelineOf(ctx, ctx.data, { id: Number(invitation.id), facilityId, customerId }),
      requestFacility(ctx, facilityId),
    ]);
    return events.map((e) =>
      Object.assign(new InvitationEvent(), {
        kind: e.kind as InvitationEventKind,
        at: e.at,
        // Numbers a text went to are stored as sent (E.164) and shown as the facility dials them.
        detail: e.detail === null ? null : formatPhonesIn(e.detail, facility.country),
      }),
    );
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "The number the invite was texted to, as the facility dials it: (207) 555-0100 at home, +44 … abroad.",
  })
  async phoneDisplay(@Ctx() ctx: Context, @Root() invitation: Invitation): Promise<string | null> {
    if (!invitation.phone) return null;
    return formatPhone(invitation.phone, (await requestFacility(ctx, invitation.facilityId)).country);
  }
}
