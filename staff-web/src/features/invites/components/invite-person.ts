import type { ContactInviteTargetFragment, InviteTargetFragment } from "../../../gql/graphql";

/**
 * Who an invite control is for: a customer, or one of their contacts (who gets their own email and
 * signs in to the customer's account).
 */
export type InvitePerson =
  | { customer: InviteTargetFragment; contact?: undefined }
  | { customer: { id: string; name: string }; contact: ContactInviteTargetFragment };

/** The person whose email and status the control shows. */
export function invitee(person: InvitePerson): InviteTargetFragment | ContactInviteTargetFragment {
  return person.contact ?? person.customer;
}
