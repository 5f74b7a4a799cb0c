import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { Role } from "../../graphql/auth.js";
import { type Context, requireStaff, staffScope } from "../../graphql/context.js";
import { parseId } from "../../graphql/ids.js";
import { PORTAL_COOKIE } from "../auth/sessions.service.js";
import { startPortalPreview } from "./preview.service.js";

@Resolver()
export class PreviewResolver {
  @Authorized(Role.STAFF_IN_PERSON)
  @Mutation(() => Boolean, {
    description:
      "Starts a one-hour, read-only portal session as this customer (or contact) in this browser: open /portal/.",
  })
  async previewPortalAs(
    @Ctx() ctx: Context,
    @Arg("customerId", () => ID, { description: "The customer whose portal to preview." }) customerId: string,
    @Arg("contactId", () => ID, {
      nullable: true,
      description: "One of the customer's contacts, to see the portal as them; omit for the customer.",
    })
    contactId: string | null,
  ): Promise<boolean> {
    const staff = requireStaff(ctx);
    const person = {
      customerId: parseId(customerId, "Customer"),
      contactId: contactId ? parseId(contactId, "Contact") : null,
    };
    const session = await startPortalPreview(ctx, staffScope(ctx), staff.userId, person);
    ctx.setSessionCookie(PORTAL_COOKIE, session.token, session.expiresAt);
    return true;
  }
}
