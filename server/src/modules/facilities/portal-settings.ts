import { IsIn, IsInt, IsOptional, Max, MaxLength, Min } from "class-validator";
import { eq } from "drizzle-orm";
import { Arg, Authorized, Ctx, Field, InputType, Int, Mutation, Query, Resolver } from "type-graphql";
import { facilities } from "../../db/schema.js";
import { Role } from "../../graphql/auth.js";
import { type Context, requireStaff } from "../../graphql/context.js";
import { emptyToNull } from "../../lib/text.js";
import { getFacility } from "./facility.service.js";
import { Facility, SignInMethod } from "./facility.type.js";

@InputType({ description: "Settings → Portal: how invites and sign-in work for this facility." })
export class PortalSettingsInput {
  @Field(() => SignInMethod)
  @IsIn(Object.values(SignInMethod))
  signInMethod: SignInMethod;

  @Field(() => Int, { description: "Days an invite link works: 1 to 30." })
  @IsInt()
  @Min(1, { message: "Invite links must work for at least 1 day" })
  @Max(30, { message: "Invite links can work for at most 30 days" })
  inviteExpiryDays: number;

  @Field(() => Int, { description: "Hours before Resend Invite is offered again: 1 to 168." })
  @IsInt()
  @Min(1, { message: "The resend cooldown is at least 1 hour" })
  @Max(168, { message: "The resend cooldown is at most 168 hours (7 days)" })
  resendCooldownHours: number;

  @Field(() => String, { nullable: true, description: "Shown at the top of the invite email." })
  @IsOptional()
  @MaxLength(1000, { message: "The welcome message is at most 1000 characters" })
  welcomeMessage?: string | null;
}

@Resolver()
export class PortalSettingsResolver {
  @Authorized(Role.STAFF)
  @Query(() => Facility, { description: "The viewer's facility, with its portal settings." })
  facility(@Ctx() ctx: Context): Facility {
    return Facility.from(getFacility(ctx.db, requireStaff(ctx).facilityId));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Facility, { description: "Admins only. Applies to invites sent from now on." })
  updatePortalSettings(
    @Ctx() ctx: Context,
    @Arg("input", () => PortalSettingsInput) input: PortalSettingsInput,
  ): Facility {
    const { facilityId } = requireStaff(ctx);
    ctx.db
      .update(facilities)
      .set({
        signInMethod: input.signInMethod,
        inviteExpiryDays: input.inviteExpiryDays,
        resendCooldownHours: input.resendCooldownHours,
        welcomeMessage: emptyToNull(input.welcomeMessage),
      })
      .where(eq(facilities.id, facilityId))
      .run();
    return Facility.from(getFacility(ctx.db, facilityId));
  }
}
