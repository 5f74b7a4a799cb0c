import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { PortalFacility } from "../facilities/facility.type.js";

export enum SignInLinkState {
  VALID = "VALID",
  USED = "USED",
  REPLACED = "REPLACED",
  EXPIRED = "EXPIRED",
  INVALID = "INVALID",
}
registerEnumType(SignInLinkState, {
  name: "SignInLinkState",
  description: "Whether a portal sign-in or invite link still works.",
  valuesConfig: {
    VALID: { description: "The link works: Continue signs the person in." },
    USED: { description: "The link was already used; ask for a new sign-in link." },
    REPLACED: { description: "A newer link or a change (new email, access turned off) voided it." },
    EXPIRED: { description: "The link expired; ask for a new sign-in link." },
    INVALID: { description: "No such link." },
  },
});

export enum SignInLinkPurpose {
  INVITE = "INVITE",
  SIGN_IN = "SIGN_IN",
}
registerEnumType(SignInLinkPurpose, {
  name: "SignInLinkPurpose",
  description: "What a portal link was sent for.",
  valuesConfig: {
    INVITE: { description: "An invite to the portal." },
    SIGN_IN: { description: "A sign-in link the person asked for." },
  },
});

@ObjectType({
  description: "A facility's public branding, for sign-in pages opened before anyone is signed in.",
})
export class PortalBrand {
  @Field({ description: "The facility's name." })
  name: string;

  @Field({ description: "Accent colour (#rrggbb)." })
  brandColor: string;

  @Field(() => String, { nullable: true, description: "The logo's address; null when the facility has none." })
  logoUrl: string | null;

  @Field({
    description: 'Whether the sign-in page may offer "Text me a link": false when this server cannot send texts.',
  })
  textSignIn: boolean;
}

@ObjectType({ description: "What the link page may show before Continue is pressed." })
export class SignInLinkPreview {
  @Field(() => SignInLinkState, { description: "Whether the link still works." })
  state: SignInLinkState;

  @Field(() => PortalFacility, {
    nullable: true,
    description: "The link's facility, for branding the page; null for an unknown link.",
  })
  facility: PortalFacility | null;

  @Field(() => String, { nullable: true, description: "First name of the invited person, for a valid link only." })
  firstName: string | null;

  @Field(() => SignInLinkPurpose, {
    nullable: true,
    description: "What the link was sent for; null for an unknown link.",
  })
  purpose: SignInLinkPurpose | null;

  @Field({ description: "Password mode: Continue must send a new password (“choose a password”)." })
  choosePassword: boolean;
}

@ObjectType({ description: "An account the signed-in address may open (one email, several accounts)." })
export class PortalAccountChoice {
  @Field(() => ID, { description: "The account's customer ID; pass to switchPortalAccount." })
  customerId: string;

  @Field({ description: "The account holder's name." })
  customerName: string;

  @Field({ description: "The account open now." })
  current: boolean;
}

@ObjectType({ description: "The account a portal person sees: the customer's." })
export class PortalAccount {
  @Field({ description: "The customer's name (the account holder)." })
  customerName: string;

  /** Whose account this is; field resolvers read from it, never from arguments. */
  owner: { facilityId: number; customerId: number };
}

@ObjectType({ description: "The person signed in to the portal." })
export class PortalViewer {
  @Field({ description: "The signed-in person's name." })
  name: string;

  @Field({ description: "The address they signed in with." })
  email: string;

  @Field({ description: "True for a sub-contact (spouse, assistant…) using the customer's account." })
  isContact: boolean;

  @Field(() => PortalFacility, { description: "The facility whose portal this is." })
  facility: PortalFacility;

  @Field(() => PortalAccount, { description: "The customer account open now." })
  account: PortalAccount;

  @Field(() => [PortalAccountChoice], {
    description: "Every account this address may open here, the current one included.",
  })
  accounts: PortalAccountChoice[];

  @Field({ description: "A staff member's read-only preview of this person's portal." })
  preview: boolean;
}

@ObjectType({ description: "The answer to a request for a sign-in link. It never says whether an account exists." })
export class RequestSignInLinkPayload {
  @Field({ description: "The same message for every address, known or not." })
  message: string;
}

@ObjectType({ description: "Shown on the portal's sign-in page of a demo deployment only." })
export class PortalDemoSignIn {
  @Field({ description: "The showcase customer's address: ask for a sign-in link with it." })
  email: string;

  @Field({ description: "Where the sign-in email arrives: the local mailbox." })
  mailboxPath: string;
}
