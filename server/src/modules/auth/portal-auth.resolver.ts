import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { textsConfigured } from "../../config.js";
import { FacilityScope } from "../../db/tenancy.js";
import { portalSignInNeeded, Role } from "../../graphql/auth.js";
import { StringArg } from "../../graphql/bounds.js";
import { type Context, requestFacility, requirePortal } from "../../graphql/context.js";
import { parseId } from "../../graphql/ids.js";
import { MAX_PASSWORD_LENGTH } from "../../lib/password-policy.js";
import { EMAIL_MAX_LENGTH } from "../../lib/text.js";
import { carsOfCustomer } from "../cars/car.service.js";
import { Car } from "../cars/car.type.js";
import { assertSectionEnabled, facilityBySlug } from "../facilities/facility.service.js";
import { PortalFacility } from "../facilities/facility.type.js";
import { PortalSection } from "../facilities/sections.service.js";
import { logoPath } from "../files/file.service.js";
import { portalPersonDetails, switchAccount } from "./portal-accounts.service.js";
import {
  portalSignOut,
  previewSignInLink,
  redeemSignInLink,
  requestSignInLink,
  requestSignInText,
  signInWithCode,
  signInWithTextCode,
} from "./portal-auth.service.js";
import {
  PortalAccount,
  PortalAccountChoice,
  PortalBrand,
  PortalDemoSignIn,
  PortalViewer,
  RequestSignInLinkPayload,
  SignInLinkPreview,
  type SignInLinkPurpose,
  type SignInLinkState,
} from "./portal-auth.type.js";
import { portalDemoSignIn } from "./portal-demo.service.js";
import { signInWithPassword } from "./portal-password.service.js";
import type { PortalSignIn } from "./portal-session.service.js";
import { PORTAL_COOKIE, type PortalViewer as Viewer } from "./sessions.service.js";

const SAME_TEXT_ANSWER =
  "If that number can sign in to this portal, a text with a sign-in link and code is on its way. It works for 15 minutes.";

const SAME_ANSWER =
  "If that address can use the portal, a sign-in link is on its way. It works for 15 minutes; check spam if it doesn't arrive.";

/** Everything read here is keyed by the session's own customer id: a portal person sees only their account. */
async function portalViewerOf(ctx: Context, viewer: Viewer): Promise<PortalViewer> {
  const [{ customer, contact, accounts }, facility] = await Promise.all([
    portalPersonDetails(ctx.data, viewer),
    requestFacility(ctx, viewer.facilityId),
  ]);
  const account = Object.assign(new PortalAccount(), {
    customerName: customer.name,
    owner: { facilityId: viewer.facilityId, customerId: viewer.customerId },
  });
  return Object.assign(new PortalViewer(), {
    name: contact?.name ?? customer.name,
    email: contact?.email ?? customer.email ?? "",
    isContact: contact !== null,
    facility: PortalFacility.from(facility),
    account,
    preview: viewer.preview === true,
    accounts: accounts.map((choice) =>
      Object.assign(new PortalAccountChoice(), { ...choice, customerId: String(choice.customerId) }),
    ),
  });
}

/** A sign-in's session becomes the browser's portal cookie; the answer is the signed-in person. */
export function signedIn(ctx: Context, { viewer, session }: PortalSignIn): Promise<PortalViewer> {
  ctx.setSessionCookie(PORTAL_COOKIE, session.token, session.expiresAt);
  return portalViewerOf(ctx, viewer);
}

@Resolver()
export class PortalResolver {
  @Query(() => PortalViewer, { nullable: true, description: "The person signed in to the portal, or null." })
  async portalViewer(@Ctx() ctx: Context): Promise<PortalViewer | null> {
    if (ctx.portal) return portalViewerOf(ctx, ctx.portal);
    // Signed out by this very request: say why, rather than only "nobody".
    if (ctx.portalSessionEnded) throw portalSignInNeeded(ctx);
    return null;
  }

  @Query(() => PortalDemoSignIn, {
    nullable: true,
    description: "Who to sign in as, and where the link arrives, on a demo deployment only.",
  })
  async portalDemoSignIn(@Ctx() ctx: Context): Promise<PortalDemoSignIn | null> {
    const hint = await portalDemoSignIn(ctx);
    return hint && Object.assign(new PortalDemoSignIn(), hint);
  }

  @Query(() => PortalBrand, {
    nullable: true,
    description: "The branding of the facility a sign-in page's address names, or null for none.",
  })
  async portalBrand(
    @Ctx() ctx: Context,
    @StringArg("facility", { maxLength: 64, description: "The facility's slug, from the page's `?facility=`." })
    slug: string,
  ): Promise<PortalBrand | null> {
    // Shown to anyone: the name, colour and logo are on every email the facility sends, and a slug is no secret.
    const facility = await facilityBySlug(ctx.data, slug);
    if (!facility) return null;
    return Object.assign(new PortalBrand(), {
      name: facility.name,
      brandColor: facility.brandColor,
      logoUrl: logoPath(facility),
      textSignIn: textsConfigured(ctx.config),
    });
  }

  @Query(() => SignInLinkPreview, { description: "Looks at a sign-in link without using it." })
  async signInLink(
    @Ctx() ctx: Context,
    @StringArg("token", { maxLength: 128, description: "The token from the link." }) token: string,
  ): Promise<SignInLinkPreview> {
    const preview = await previewSignInLink(ctx, token);
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
    @StringArg("token", { maxLength: 128, description: "The token from the link." }) token: string,
    @StringArg("password", {
      nullable: true,
      maxLength: MAX_PASSWORD_LENGTH,
      description: "The password to choose, when the preview said choosePassword; omit otherwise.",
    })
    password: string | null,
  ): Promise<PortalViewer> {
    const client = { userAgent: ctx.userAgent, ip: ctx.ip };
    return signedIn(
      ctx,
      await redeemSignInLink(ctx, { token, password, previousToken: ctx.cookie(PORTAL_COOKIE), client }),
    );
  }

  @Mutation(() => PortalViewer, { description: "Email + password sign-in, for facilities in password mode." })
  async signInWithPassword(
    @Ctx() ctx: Context,
    @StringArg("email", { maxLength: EMAIL_MAX_LENGTH, description: "The address the person signs in with." })
    email: string,
    @StringArg("password", { maxLength: MAX_PASSWORD_LENGTH, description: "Their password." }) password: string,
  ): Promise<PortalViewer> {
    const attempt = { email, password, ip: ctx.ip, userAgent: ctx.userAgent, previousToken: ctx.cookie(PORTAL_COOKIE) };
    return signedIn(ctx, await signInWithPassword(ctx, attempt));
  }

  @Authorized(Role.PORTAL)
  @Mutation(() => PortalViewer, { description: "Opens another account this address belongs to." })
  async switchPortalAccount(
    @Ctx() ctx: Context,
    @Arg("customerId", () => ID, { description: "One of viewer.accounts' customerId." }) customerId: string,
  ): Promise<PortalViewer> {
    const viewer = requirePortal(ctx);
    const target = parseId(customerId, "Account");
    const client = { userAgent: ctx.userAgent, ip: ctx.ip };
    return signedIn(ctx, await switchAccount(ctx, viewer, target, ctx.cookie(PORTAL_COOKIE), client));
  }

  @Mutation(() => RequestSignInLinkPayload, { description: "Email me a sign-in link." })
  async requestSignInLink(
    @Ctx() ctx: Context,
    @StringArg("email", {
      maxLength: EMAIL_MAX_LENGTH,
      description: "The address to send the link to, if it belongs to a portal person.",
    })
    email: string,
  ): Promise<RequestSignInLinkPayload> {
    await requestSignInLink(ctx, { email, ip: ctx.ip });
    return Object.assign(new RequestSignInLinkPayload(), { message: SAME_ANSWER });
  }

  @Mutation(() => RequestSignInLinkPayload, {
    description: "Text me a link: a sign-in link and code by text to a mobile number of the facility's portal.",
  })
  async requestSignInText(
    @Ctx() ctx: Context,
    @StringArg("facility", { maxLength: 64, description: "The facility's slug." }) facility: string,
    @StringArg("phone", {
      maxLength: 40,
      description: "The mobile number on record, E.164 or in the facility's national format.",
    })
    phone: string,
  ): Promise<RequestSignInLinkPayload> {
    await requestSignInText(ctx, { facility, phone, ip: ctx.ip });
    return Object.assign(new RequestSignInLinkPayload(), { message: SAME_TEXT_ANSWER });
  }

  @Mutation(() => PortalViewer, { description: "Signs in with the 8-digit code from a sign-in text." })
  async signInWithTextCode(
    @Ctx() ctx: Context,
    @StringArg("facility", { maxLength: 64, description: "The facility's slug." }) facility: string,
    @StringArg("phone", { maxLength: 40, description: "The mobile number the text went to." }) phone: string,
    @StringArg("code", { maxLength: 32, description: "The 8-digit code from the text." }) code: string,
  ): Promise<PortalViewer> {
    const attempt = {
      facility,
      phone,
      code,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      previousToken: ctx.cookie(PORTAL_COOKIE),
    };
    return signedIn(ctx, await signInWithTextCode(ctx, attempt));
  }

  @Mutation(() => PortalViewer, { description: "Signs in with the 8-digit code from a sign-in email." })
  async signInWithCode(
    @Ctx() ctx: Context,
    @StringArg("email", { maxLength: EMAIL_MAX_LENGTH, description: "The address the sign-in email went to." })
    email: string,
    @StringArg("code", { maxLength: 32, description: "The 8-digit code from the email." }) code: string,
  ): Promise<PortalViewer> {
    const attempt = { email, code, ip: ctx.ip, userAgent: ctx.userAgent, previousToken: ctx.cookie(PORTAL_COOKIE) };
    return signedIn(ctx, await signInWithCode(ctx, attempt));
  }

  @Mutation(() => Boolean, { description: "Ends this portal session and clears its cookie. Always true." })
  async portalSignOut(@Ctx() ctx: Context): Promise<boolean> {
    await portalSignOut(ctx.data, ctx.cookie(PORTAL_COOKIE));
    ctx.clearSessionCookie(PORTAL_COOKIE);
    return true;
  }
}

@Resolver(() => PortalAccount)
export class PortalAccountResolver {
  @FieldResolver(() => [Car], { description: "The account's cars. Refused when the facility turned Vehicles off." })
  async cars(@Ctx() ctx: Context, @Root() account: PortalAccount): Promise<Car[]> {
    const { facilityId, customerId } = account.owner;
    // The account may belong to the request that signed its person in, which has no session viewer yet.
    await assertSectionEnabled(ctx.data, facilityId, PortalSection.VEHICLES);
    return (await carsOfCustomer(ctx.data, new FacilityScope(facilityId), customerId)).map(Car.from);
  }
}
