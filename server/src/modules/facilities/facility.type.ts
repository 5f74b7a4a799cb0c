import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import type { facilities } from "../../db/schema.js";

export enum SignInMethod {
  MAGIC_LINK = "MAGIC_LINK",
  PASSWORD = "PASSWORD",
}
registerEnumType(SignInMethod, { name: "SignInMethod", description: "How portal customers sign in." });

export type FacilityRow = typeof facilities.$inferSelect;

@ObjectType({ description: "A business using Portico: its staff, customers and portal settings." })
export class Facility {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  slug: string;

  @Field({ description: "Accent colour (#rrggbb) used in the portal and emails." })
  brandColor: string;

  @Field(() => String, { nullable: true })
  logoUrl: string | null;

  @Field(() => SignInMethod)
  signInMethod: SignInMethod;

  @Field(() => Int)
  inviteExpiryDays: number;

  @Field(() => Int)
  resendCooldownHours: number;

  @Field(() => String, { nullable: true })
  welcomeMessage: string | null;

  static from(row: FacilityRow): Facility {
    return Object.assign(new Facility(), {
      ...row,
      id: String(row.id),
      signInMethod: row.signInMethod as SignInMethod,
    });
  }
}

/** What the portal shows of its facility: branding only. */
@ObjectType()
export class PortalFacility {
  @Field()
  name: string;

  @Field()
  brandColor: string;

  @Field(() => String, { nullable: true })
  logoUrl: string | null;

  static from(row: Pick<FacilityRow, "name" | "brandColor" | "logoUrl">): PortalFacility {
    return Object.assign(new PortalFacility(), { name: row.name, brandColor: row.brandColor, logoUrl: row.logoUrl });
  }
}
