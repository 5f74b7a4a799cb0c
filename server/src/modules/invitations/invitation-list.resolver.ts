import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { Role } from "../../graphql/auth.js";
import { StringArg } from "../../graphql/bounds.js";
import { type Context, staffScope } from "../../graphql/context.js";
import { parseId } from "../../graphql/ids.js";
import { decodeIdCursor, encodeIdCursor } from "../../lib/cursor.js";
import { badInput } from "../../lib/domain-error.js";
import { DeliveryState, type InvitationRow, toInvitation } from "./invitation.service.js";
import { Invitation } from "./invitation.type.js";
import { invitationPage } from "./invitation-list.service.js";
import { InvitationConnection } from "./invitation-list.type.js";

const MAX_PAGE = 100;

@Resolver(() => Invitation)
export class InvitationListResolver {
  @Authorized(Role.STAFF)
  @Query(() => InvitationConnection, {
    description:
      "The facility's invites, newest first, with each one's delivery: for following what happened to the invites sent (see also the invitation.* webhooks).",
  })
  async invitations(
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { defaultValue: 25, description: "Invites per page, 1 to 100." }) first: number,
    @StringArg("after", { nullable: true, maxLength: 40, description: "pageInfo.endCursor of the page before." })
    after: string | null,
    @Arg("customerId", () => ID, {
      nullable: true,
      description: "Only the invites of this customer and of their contacts.",
    })
    customerId: string | null,
    @Arg("deliveryStates", () => [DeliveryState], {
      nullable: true,
      description: "Only invites whose email is in one of these delivery states.",
    })
    deliveryStates: DeliveryState[] | null,
  ): Promise<InvitationConnection> {
    if (first < 1 || first > MAX_PAGE)
      throw badInput(`first must be between 1 and ${MAX_PAGE}`, { first: "Out of range" });
    const page = await invitationPage(
      ctx.data,
      staffScope(ctx),
      {
        customerId: customerId == null ? null : parseId(customerId, "Customer"),
        deliveryStates: deliveryStates as InvitationRow["deliveryState"][] | null,
      },
      { first, afterId: decodeIdCursor(after) },
    );
    const last = page.rows.at(-1);
    return Object.assign(new InvitationConnection(), {
      nodes: page.rows.map((row) => Object.assign(new Invitation(), toInvitation(row))),
      pageInfo: { endCursor: last ? encodeIdCursor(last.id) : null, hasNextPage: page.hasNextPage },
    });
  }

  @FieldResolver(() => ID, { description: "The customer whose account the invite opens." })
  customerId(@Root() invitation: Invitation): string {
    return String(invitation.customerId);
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description: "The contact (sub-contact) invited; null when the customer themself was invited.",
  })
  contactId(@Root() invitation: Invitation & { contactId?: number | null }): string | null {
    return invitation.contactId == null ? null : String(invitation.contactId);
  }
}
