import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { FacilityScope } from "../../db/tenancy.js";
import { portalSignInNeeded, Role } from "../../graphql/auth.js";
import { StringArg } from "../../graphql/bounds.js";
import { type Context, requirePortal } from "../../graphql/context.js";
import { parseId } from "../../graphql/ids.js";
import { MAX_PASSWORD_LENGTH } from "../../lib/password-policy.js";
import { EMAIL_MAX_LENGTH } from "../../lib/text.js";
import { carsOfCustomer } from "../cars/car.service.js";
import { Car } from "../cars/car.type.js";
import { PortalFacility } from "../facilities/facility.type.js";
import { logoPath } from "../files/file.service.js";
import { portalViewerOf } from "./portal.service.js";
import {
  PortalAccount,
  PortalBrand,
  PortalViewer,
  RequestSignInLinkPayload,
  SignInLinkPreview,
  type SignInLinkPurpose,
  type SignInLinkState,
} from "./portal.type.js";
import { switchAccount } from "./portal-accounts.service.js";
import {
  portalBrandBySlug,
  portalSignOut,
  previewSignInLink,
  redeemSignInLink,
  requestSignInLink,
  signInWithCode,
} from "./portal-auth.service.js";
import { PortalDemoSignIn, portalDemoSignIn } from "./portal-demo.js";
import { signInWithPassword } from "./portal-password.service.js";
import { assertSectionEnabled, PortalSection } from "./sections.js";

const SAME_ANSWER =
  "If that address can use the portal, a sign-in link is on its way. It works for 15 minutes; check spam if it doesn't arrive.";

@Resolver()
export class PortalResolver {
  @Query(() => PortalViewer, { nullable: true, description: "The person signed in to the portal, or null." })
  portalViewer(@Ctx() ctx: Context): PortalViewer | null {
    if (ctx.portal) return portalViewerOf(ctx, ctx.portal);
    // Signed out by this very request: say why, rather than only "nobody".
    if (ctx.portalSessionEnded) throw portalSignInNeeded(ctx);
    return null;
  }

  @Query(() => PortalDemoSignIn, {
    nullable: true,
    description: "Who to sign in as, and where the link arrives, on a demo deployment only.",
  })
  portalDemoSignIn(@Ctx() ctx: Context): PortalDemoSignIn | null {
    return portalDemoSignIn(ctx);
  }

  @Query(() => PortalBrand, {
    nullable: true,
    description: "The branding of the facility a sign-in page's address names, or null for none.",
  })
  portalBrand(@Ctx() ctx: Context, @StringArg("facility", { maxLength: 64 }) slug: string): PortalBrand | null {
    const facility = portalBrandBySlug(ctx, slug);
    if (!facility) return null;
    return Object.assign(new PortalBrand(), {
      name: facility.name,
      brandColor: facility.brandColor,
      logoUrl: logoPath(facility),
    });
  }

  @Query(() => SignInLinkPreview, { description: "Looks at a sign-in link without using it." })
  signInLink(@Ctx() ctx: Context, @StringArg("token", { maxLength: 128 }) token: string): SignInLinkPreview {
    const preview = previewSignInLink(ctx, token);
    return Object.assign(new SignInLinkPreview(), {
      state: preview.state as SignInLinkState,
      facility: preview.facility ? PortalFacility.from(preview.facility) : null,
      firstName: preview.firstName,
      purpose: preview.purpose as SignInLinkPurpose | null,
      choosePassword: preview.choosePassword,
    });
  }

  @Mutation(() => PortalViewer, {
    description: "Continue: uses the link once and signs its person in (with a new password when choosePassword).",
  })
  async redeemSignInLink(
    @Ctx() ctx: Context,
    @StringArg("token", { maxLength: 128 }) token: string,
    @StringArg("password", { nullable: true, maxLength: MAX_PASSWORD_LENGTH }) password: string | null,
  ): Promise<PortalViewer> {
    return portalViewerOf(ctx, await redeemSignInLink(ctx, token, password));
  }

  @Mutation(() => PortalViewer, { description: "Email + password sign-in, for facilities in password mode." })
  async signInWithPassword(
    @Ctx() ctx: Context,
    @StringArg("email", { maxLength: EMAIL_MAX_LENGTH }) email: string,
    @StringArg("password", { maxLength: MAX_PASSWORD_LENGTH }) password: string,
  ): Promise<PortalViewer> {
    return portalViewerOf(ctx, await signInWithPassword(ctx, email, password));
  }

  @Authorized(Role.PORTAL)
  @Mutation(() => PortalViewer, { description: "Opens another account this address belongs to." })
  switchPortalAccount(@Ctx() ctx: Context, @Arg("customerId", () => ID) customerId: string): PortalViewer {
    const viewer = requirePortal(ctx);
    return portalViewerOf(ctx, switchAccount(ctx, viewer, parseId(customerId, "Account")));
  }

  @Mutation(() => RequestSignInLinkPayload, { description: "Email me a sign-in link." })
  requestSignInLink(
    @Ctx() ctx: Context,
    @StringArg("email", { maxLength: EMAIL_MAX_LENGTH }) email: string,
  ): RequestSignInLinkPayload {
    requestSignInLink(ctx, email);
    return Object.assign(new RequestSignInLinkPayload(), { message: SAME_ANSWER });
  }

  @Mutation(() => PortalViewer, { description: "Signs in with the 8-digit code from a sign-in email." })
  signInWithCode(
    @Ctx() ctx: Context,
    @StringArg("email", { maxLength: EMAIL_MAX_LENGTH }) email: string,
    @StringArg("code", { maxLength: 32 }) code: string,
  ): PortalViewer {
    return portalViewerOf(ctx, signInWithCode(ctx, email, code));
  }

  @Mutation(() => Boolean)
  portalSignOut(@Ctx() ctx: Context): boolean {
    portalSignOut(ctx);
    return true;
  }
}

@Resolver(() => PortalAccount)
export class PortalAccountResolver {
  @FieldResolver(() => [Car], { description: "The account's cars. Refused when the facility turned Vehicles off." })
  async cars(@Ctx() ctx: Context, @Root() account: PortalAccount): Promise<Car[]> {
    assertSectionEnabled(ctx, account.owner.facilityId, PortalSection.VEHICLES);
    const { facilityId, customerId } = account.owner;
    return (await carsOfCustomer(ctx.data, new FacilityScope(facilityId), customerId)).map(Car.from);
  }
}
