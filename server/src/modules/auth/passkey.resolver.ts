import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { Role } from "../../graphql/auth.js";
import { StringArg } from "../../graphql/bounds.js";
import { type Context, requirePortal, requireStaff } from "../../graphql/context.js";
import { parseId } from "../../graphql/ids.js";
import { unauthenticated } from "../../lib/domain-error.js";
import {
  finishPasskeyRegistration,
  PASSKEY_NAME_MAX,
  PASSKEY_RESPONSE_MAX,
  type PasskeyOwner,
  passkeysOf,
  portalSignInWithPasskey,
  removePasskey,
  renamePasskey,
  staffSignInWithPasskey,
  startPasskeyRegistration,
  startPasskeySignIn,
} from "./passkey.service.js";
import { Passkey } from "./passkey.type.js";
import { signedIn } from "./portal-auth.resolver.js";
import { PortalViewer } from "./portal-auth.type.js";
import { PORTAL_COOKIE, resolveStaffSession, STAFF_COOKIE } from "./sessions.service.js";
import { toStaffUser } from "./staff-auth.resolver.js";
import { StaffUser } from "./staff-user.type.js";

const staffOwner = (ctx: Context): PasskeyOwner => ({ app: "STAFF", viewer: requireStaff(ctx) });
const portalOwner = (ctx: Context): PasskeyOwner => ({ app: "PORTAL", viewer: requirePortal(ctx) });

const OPTIONS =
  "WebAuthn options as JSON, for @simplewebauthn/browser; the challenge in them works once, for 5 minutes.";
const RESPONSE = "The browser's WebAuthn answer as JSON, as @simplewebauthn/browser returns it.";

/**
 * Passkeys of the dashboard and of the portal. Both apps are served from one origin, so a browser
 * may carry both sessions at once: each app has its own fields, each reading only its own session.
 */
@Resolver()
export class PasskeyResolver {
  @Authorized(Role.STAFF_IN_PERSON)
  @Query(() => [Passkey], { description: "The signed-in staff member's passkeys." })
  async staffPasskeys(@Ctx() ctx: Context): Promise<Passkey[]> {
    return (await passkeysOf(ctx.data, staffOwner(ctx))).map(Passkey.from);
  }

  @Authorized(Role.PORTAL)
  @Query(() => [Passkey], { description: "The signed-in portal person's passkeys (none in a staff preview)." })
  async portalPasskeys(@Ctx() ctx: Context): Promise<Passkey[]> {
    return (await passkeysOf(ctx.data, portalOwner(ctx))).map(Passkey.from);
  }

  @Authorized(Role.STAFF_IN_PERSON)
  @Mutation(() => String, { description: `Starts adding a passkey for the signed-in staff member. ${OPTIONS}` })
  startStaffPasskeyRegistration(@Ctx() ctx: Context): Promise<string> {
    return startPasskeyRegistration(ctx, staffOwner(ctx), { ip: ctx.ip });
  }

  @Authorized(Role.PORTAL)
  @Mutation(() => String, { description: `Starts adding a passkey for the signed-in portal person. ${OPTIONS}` })
  startPortalPasskeyRegistration(@Ctx() ctx: Context): Promise<string> {
    return startPasskeyRegistration(ctx, portalOwner(ctx), { ip: ctx.ip });
  }

  @Authorized(Role.STAFF_IN_PERSON)
  @Mutation(() => Passkey, { description: "Keeps the passkey the browser made for the signed-in staff member." })
  async finishStaffPasskeyRegistration(
    @Ctx() ctx: Context,
    @StringArg("response", { maxLength: PASSKEY_RESPONSE_MAX, description: RESPONSE }) response: string,
    @StringArg("name", {
      maxLength: PASSKEY_NAME_MAX,
      nullable: true,
      description: "A name for the passkey, such as the device; a default is given when omitted.",
    })
    name: string | null,
  ): Promise<Passkey> {
    return Passkey.from(await finishPasskeyRegistration(ctx, staffOwner(ctx), { response, name }));
  }

  @Authorized(Role.PORTAL)
  @Mutation(() => Passkey, { description: "Keeps the passkey the browser made for the signed-in portal person." })
  async finishPortalPasskeyRegistration(
    @Ctx() ctx: Context,
    @StringArg("response", { maxLength: PASSKEY_RESPONSE_MAX, description: RESPONSE }) response: string,
    @StringArg("name", {
      maxLength: PASSKEY_NAME_MAX,
      nullable: true,
      description: "A name for the passkey, such as the device; a default is given when omitted.",
    })
    name: string | null,
  ): Promise<Passkey> {
    return Passkey.from(await finishPasskeyRegistration(ctx, portalOwner(ctx), { response, name }));
  }

  @Authorized(Role.STAFF_IN_PERSON)
  @Mutation(() => Passkey, { description: "Renames one of the signed-in staff member's own passkeys." })
  async renameStaffPasskey(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The passkey to rename." }) id: string,
    @StringArg("name", { maxLength: PASSKEY_NAME_MAX, description: "Its new name." }) name: string,
  ): Promise<Passkey> {
    return Passkey.from(await renamePasskey(ctx, staffOwner(ctx), parseId(id, "Passkey"), name));
  }

  @Authorized(Role.PORTAL)
  @Mutation(() => Passkey, { description: "Renames one of the signed-in portal person's own passkeys." })
  async renamePortalPasskey(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The passkey to rename." }) id: string,
    @StringArg("name", { maxLength: PASSKEY_NAME_MAX, description: "Its new name." }) name: string,
  ): Promise<Passkey> {
    return Passkey.from(await renamePasskey(ctx, portalOwner(ctx), parseId(id, "Passkey"), name));
  }

  @Authorized(Role.STAFF_IN_PERSON)
  @Mutation(() => ID, { description: "Removes one of the signed-in staff member's own passkeys; answers its id." })
  async removeStaffPasskey(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The passkey to remove." }) id: string,
  ): Promise<string> {
    await removePasskey(ctx, staffOwner(ctx), parseId(id, "Passkey"));
    return id;
  }

  @Authorized(Role.PORTAL)
  @Mutation(() => ID, { description: "Removes one of the signed-in portal person's own passkeys; answers its id." })
  async removePortalPasskey(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The passkey to remove." }) id: string,
  ): Promise<string> {
    await removePasskey(ctx, portalOwner(ctx), parseId(id, "Passkey"));
    return id;
  }

  @Mutation(() => String, { description: `Starts a passkey sign-in to the dashboard. ${OPTIONS}` })
  startStaffPasskeySignIn(@Ctx() ctx: Context): Promise<string> {
    return startPasskeySignIn(ctx, "STAFF", { ip: ctx.ip });
  }

  @Mutation(() => String, { description: `Starts a passkey sign-in to the portal. ${OPTIONS}` })
  startPortalPasskeySignIn(@Ctx() ctx: Context): Promise<string> {
    return startPasskeySignIn(ctx, "PORTAL", { ip: ctx.ip });
  }

  @Mutation(() => StaffUser, { description: "Signs in to the dashboard with a passkey: a new session." })
  async staffSignInWithPasskey(
    @Ctx() ctx: Context,
    @StringArg("response", { maxLength: PASSKEY_RESPONSE_MAX, description: RESPONSE }) response: string,
  ): Promise<StaffUser> {
    const { session } = await staffSignInWithPasskey(ctx, {
      response,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      previousToken: ctx.cookie(STAFF_COOKIE),
    });
    const viewer = await resolveStaffSession(ctx.data, session.token, ctx.clock.now());
    if (!viewer) throw unauthenticated("Please sign in");
    ctx.setSessionCookie(STAFF_COOKIE, session.token, session.expiresAt);
    return toStaffUser(ctx, viewer);
  }

  @Mutation(() => PortalViewer, { description: "Signs in to the portal with a passkey: a new session." })
  async portalSignInWithPasskey(
    @Ctx() ctx: Context,
    @StringArg("response", { maxLength: PASSKEY_RESPONSE_MAX, description: RESPONSE }) response: string,
  ): Promise<PortalViewer> {
    const attempt = { response, ip: ctx.ip, userAgent: ctx.userAgent, previousToken: ctx.cookie(PORTAL_COOKIE) };
    return signedIn(ctx, await portalSignInWithPasskey(ctx, attempt));
  }
}
