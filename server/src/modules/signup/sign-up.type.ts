import { Field, ObjectType, registerEnumType } from "type-graphql";
import type { GettingStartedView } from "./getting-started.service.js";

export enum SignUpLinkState {
  VALID = "VALID",
  USED = "USED",
  REPLACED = "REPLACED",
  EXPIRED = "EXPIRED",
}
registerEnumType(SignUpLinkState, {
  name: "SignUpLinkState",
  description: "Whether a sign-up's confirmation link still works; REPLACED: a newer sign-up of the address ended it.",
  valuesConfig: {
    VALID: { description: "The link works." },
    USED: { description: "The sign-up was already confirmed." },
    REPLACED: { description: "A newer sign-up of the address ended it." },
    EXPIRED: { description: "The link expired; sign up again." },
  },
});

@ObjectType({ description: "What a sign-up's confirmation link is for. Reading it confirms nothing." })
export class SignUpLinkInfo {
  @Field(() => SignUpLinkState, { description: "Whether the link still works." })
  state: SignUpLinkState;

  @Field({ description: "The facility's name as signed up." })
  facilityName: string;

  @Field({ description: "The first admin's email." })
  adminEmail: string;
}

@ObjectType({
  description: "The dashboard's first steps for a new facility, each ticked from what the facility has done.",
})
export class GettingStarted {
  @Field({ description: "The facility has at least one customer (imported or added)." })
  importedCustomers: boolean;

  @Field({ description: "Settings → Portal has been saved at least once." })
  reviewedPortalSettings: boolean;

  @Field({ description: "At least one customer has been invited to the portal." })
  invitedFirstCustomer: boolean;

  @Field({ description: "An admin put the checklist away." })
  dismissed: boolean;

  static from(view: GettingStartedView): GettingStarted {
    return Object.assign(new GettingStarted(), view);
  }
}
