import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { Role } from "../../graphql/auth.js";
import { StringArg } from "../../graphql/bounds.js";
import { type Context, requireStaff, staffScope } from "../../graphql/context.js";
import { phoneCountries } from "../../lib/phone.js";
import { STAFF_COOKIE } from "../auth/sessions.service.js";
import { type StaffRole, StaffUser } from "../auth/staff-user.type.js";
import { dismissGettingStarted } from "../facilities/facility.service.js";
import { Facility, PhoneCountry } from "../facilities/facility.type.js";
import { gettingStarted } from "./getting-started.service.js";
import { SignUpFacilityInput } from "./sign-up.inputs.js";
import { confirmFacilitySignUp, previewSignUpLink, signUpFacility } from "./sign-up.service.js";
import { GettingStarted, SignUpLinkInfo, type SignUpLinkState } from "./sign-up.type.js";

/** Links carry 43 characters; a little room, then anything longer is refused unread. */
const TOKEN_MAX_LENGTH = 100;

@Resolver()
export class SignUpResolver {
  @Query(() => Boolean, { description: "Whether anyone may create a facility here (the instance's setting)." })
  signUpOpen(@Ctx() ctx: Context): boolean {
    return ctx.config.openSignUp;
  }

  @Query(() => [PhoneCountry], { description: "Countries a new facility can pick, by name." })
  signUpCountries(): PhoneCountry[] {
    return phoneCountries().map((c) => Object.assign(new PhoneCountry(), c));
  }

  @Mutation(() => Boolean, {
    description:
      "Emails a 24-hour link that creates the facility. The same answer whether or not the address has an account; FORBIDDEN when sign-up is closed.",
  })
  async signUpFacility(
    @Ctx() ctx: Context,
    @Arg("input", () => SignUpFacilityInput, { description: "The facility and its first admin." })
    input: SignUpFacilityInput,
  ): Promise<boolean> {
    await signUpFacility(ctx, input, ctx.ip);
    return true;
  }

  @Query(() => SignUpLinkInfo, {
    nullable: true,
    description: "What a sign-up's confirmation link is for, and whether it still works. Reading it confirms nothing.",
  })
  async facilitySignUpLink(
    @Ctx() ctx: Context,
    @StringArg("token", { maxLength: TOKEN_MAX_LENGTH, description: "The token from the confirmation link." })
    token: string,
  ): Promise<SignUpLinkInfo | null> {
    const preview = await previewSignUpLink(ctx, token);
    return preview
      ? Object.assign(new SignUpLinkInfo(), { ...preview, state: preview.state as SignUpLinkState })
      : null;
  }

  @Mutation(() => StaffUser, {
    description: "Confirms a sign-up: creates the facility and its first admin and signs them in. Works once.",
  })
  async confirmFacilitySignUp(
    @Ctx() ctx: Context,
    @StringArg("token", { maxLength: TOKEN_MAX_LENGTH, description: "The token from the confirmation link." })
    token: string,
  ): Promise<StaffUser> {
    const { viewer, session } = await confirmFacilitySignUp(ctx, {
      token,
      previousToken: ctx.cookie(STAFF_COOKIE),
      client: { userAgent: ctx.userAgent, ip: ctx.ip },
    });
    ctx.setSessionCookie(STAFF_COOKIE, session.token, session.expiresAt);
    return Object.assign(new StaffUser(), {
      id: String(viewer.userId),
      name: viewer.name,
      email: viewer.email,
      role: viewer.role as StaffRole,
      facility: Facility.from(viewer.facility),
    });
  }
}

@Resolver()
export class GettingStartedResolver {
  @Authorized(Role.STAFF)
  @Query(() => GettingStarted, { description: "The facility's first steps, ticked from what it has done." })
  async gettingStarted(@Ctx() ctx: Context): Promise<GettingStarted> {
    requireStaff(ctx);
    return GettingStarted.from(await gettingStarted(ctx.data, staffScope(ctx)));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => GettingStarted, { description: "Admins only. Puts the checklist away for the whole facility." })
  async dismissGettingStarted(@Ctx() ctx: Context): Promise<GettingStarted> {
    const scope = staffScope(ctx);
    await dismissGettingStarted(ctx.data, scope, ctx.clock.now());
    return GettingStarted.from(await gettingStarted(ctx.data, scope));
  }
}
