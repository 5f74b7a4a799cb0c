import type { GraphQLResolveInfo } from "graphql";
import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Info,
  Mutation,
  ObjectType,
  Resolver,
  Root,
} from "type-graphql";
import { FacilityScope } from "../../db/tenancy.js";
import { Role } from "../../graphql/auth.js";
import { type Context, requestFacility, requireStaff, staffScope } from "../../graphql/context.js";
import { parseId } from "../../graphql/ids.js";
import { badInput } from "../../lib/domain-error.js";
import { Customer } from "../customers/customer.type.js";
import { inviteInPerson } from "../invitations/in-person-invite.service.js";
import { sendInvite, toInvitation } from "../invitations/invitation.service.js";
import { InPersonDelivery, InPersonLink, Invitation, invitationsOfPerson } from "../invitations/invitation.type.js";
import { ContactInput } from "./contact.inputs.js";
import { addContact, contactOfFacility, contactsOfCustomer, removeContact, updateContact } from "./contact.service.js";
import { Contact } from "./contact.type.js";

@ObjectType({ description: "The result of Send Invite or Resend Invite for a contact." })
export class SendContactInvitePayload {
  @Field(() => Contact, { description: "The contact with their new portal status." })
  contact: Contact;

  @Field(() => Invitation, { description: "The invite just sent." })
  invitation: Invitation;
}

@ObjectType({ description: "The result of handing a contact an invite in person." })
export class ContactInPersonInvitePayload {
  @Field(() => Contact, { description: "The contact with their new portal status." })
  contact: Contact;

  @Field(() => Invitation, { description: "The invite just made; any earlier pending invite is voided." })
  invitation: Invitation;

  @Field(() => InPersonLink, { description: "The one-time link to show or copy now; it is not shown again." })
  link: InPersonLink;
}

function checkName(input: ContactInput) {
  if (!input.name.trim()) throw badInput("Enter the contact's name", { name: "Enter the contact's name" });
}

@Resolver(() => Contact)
export class ContactResolver {
  @Authorized(Role.STAFF)
  @Mutation(() => Contact, {
    description:
      "Adds a sub-contact to a customer's account. An email the account holder or another of its contacts has is refused with CONFLICT (extensions.duplicateEmail).",
  })
  async addContact(
    @Ctx() ctx: Context,
    @Arg("customerId", () => ID, { description: "The customer the contact belongs to." }) customerId: string,
    @Arg("input", () => ContactInput, { description: "The new contact's details." }) input: ContactInput,
    @Arg("allowDuplicateEmail", () => Boolean, {
      defaultValue: false,
      description: "Save even though someone else on the account has this email (after the CONFLICT warning).",
    })
    allowDuplicateEmail: boolean,
  ): Promise<Contact> {
    const { facilityId } = requireStaff(ctx);
    checkName(input);
    const customer = parseId(customerId, "Customer");
    const row = await addContact(ctx, staffScope(ctx), customer, input, { allowDuplicateEmail });
    return Contact.from(row, await requestFacility(ctx, facilityId), ctx.clock.now());
  }

  @Authorized(Role.STAFF)
  @Mutation(() => Contact, {
    description: "Saves a contact. Turning portal access off or changing the email cancels pending invites.",
  })
  async updateContact(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The contact to change." }) id: string,
    @Arg("input", () => ContactInput, { description: "The whole contact as it should be; every field is replaced." })
    input: ContactInput,
    @Arg("allowDuplicateEmail", () => Boolean, {
      defaultValue: false,
      description: "Save even though someone else on the account has this email (after the CONFLICT warning).",
    })
    allowDuplicateEmail: boolean,
  ): Promise<Contact> {
    const { facilityId } = requireStaff(ctx);
    checkName(input);
    const row = await updateContact(ctx, staffScope(ctx), parseId(id, "Contact"), input, {
      allowDuplicateEmail,
    });
    return Contact.from(row, await requestFacility(ctx, facilityId), ctx.clock.now());
  }

  @Authorized(Role.STAFF)
  @Mutation(() => Boolean, { description: "Removes a contact and ends their portal access at once." })
  async removeContact(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The contact to remove." }) id: string,
  ): Promise<boolean> {
    await removeContact(ctx, staffScope(ctx), parseId(id, "Contact"));
    return true;
  }

  @Authorized(Role.STAFF)
  @Mutation(() => SendContactInvitePayload, { description: "Send Invite / Resend Invite for a sub-contact." })
  async sendContactInvite(
    @Ctx() ctx: Context,
    @Arg("contactId", () => ID, { description: "The contact to invite; their email on record is used." })
    contactId: string,
  ): Promise<SendContactInvitePayload> {
    const staff = requireStaff(ctx);
    const scope = staffScope(ctx);
    const id = parseId(contactId, "Contact");
    const current = await contactOfFacility(ctx.data, scope, id);
    const invitation = await sendInvite(
      ctx,
      { scope, userId: staff.userId },
      { customerId: current.customerId, contactId: id },
    );
    const contact = await contactOfFacility(ctx.data, scope, id);
    return Object.assign(new SendContactInvitePayload(), {
      contact: Contact.from(contact, await requestFacility(ctx, staff.facilityId), ctx.clock.now()),
      invitation: toInvitation(invitation),
    });
  }

  @Authorized(Role.STAFF)
  @Mutation(() => ContactInPersonInvitePayload, {
    description: "inviteInPerson for a sub-contact: a one-time 15-minute link shown as a QR code or to copy.",
  })
  async inviteContactInPerson(
    @Ctx() ctx: Context,
    @Arg("contactId", () => ID, { description: "The contact at the desk." }) contactId: string,
    @Arg("via", () => InPersonDelivery, { description: "Whether to show a QR code or a link to copy." })
    via: InPersonDelivery,
  ): Promise<ContactInPersonInvitePayload> {
    const staff = requireStaff(ctx);
    const scope = staffScope(ctx);
    const id = parseId(contactId, "Contact");
    const current = await contactOfFacility(ctx.data, scope, id);
    const shown = await inviteInPerson(
      ctx,
      { scope, userId: staff.userId },
      { customerId: current.customerId, contactId: id },
      via,
    );
    const contact = await contactOfFacility(ctx.data, scope, id);
    return Object.assign(new ContactInPersonInvitePayload(), {
      contact: Contact.from(contact, await requestFacility(ctx, staff.facilityId), ctx.clock.now()),
      invitation: toInvitation(shown.invitation),
      link: InPersonLink.from(shown),
    });
  }

  @FieldResolver(() => [Invitation], { description: "Invite history, newest first." })
  async invitations(@Ctx() ctx: Context, @Root() contact: Contact, @Info() info: GraphQLResolveInfo) {
    return invitationsOfPerson(ctx, info, personOf(contact));
  }

  @FieldResolver(() => Invitation, {
    nullable: true,
    description: "The contact's newest invite, or null if never invited.",
  })
  async lastInvitation(@Ctx() ctx: Context, @Root() contact: Contact, @Info() info: GraphQLResolveInfo) {
    const [latest] = await invitationsOfPerson(ctx, info, personOf(contact));
    return latest ?? null;
  }
}

/** Whose invites a contact's are: its own, under its customer's account. */
function personOf({ row }: Contact) {
  return { facilityId: row.facilityId, customerId: row.customerId, contactId: row.id };
}

@Resolver(() => Customer)
export class CustomerContactsResolver {
  @FieldResolver(() => [Contact], { description: "People tied to this account (spouse, assistant…)." })
  async contacts(@Ctx() ctx: Context, @Root() customer: Customer): Promise<Contact[]> {
    const facility = await requestFacility(ctx, customer.row.facilityId);
    const now = ctx.clock.now();
    const rows = await contactsOfCustomer(ctx.data, new FacilityScope(customer.row.facilityId), customer.row.id);
    return rows.map((c) => Contact.from(c, facility, now));
  }
}
