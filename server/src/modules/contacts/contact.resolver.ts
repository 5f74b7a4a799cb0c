import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Resolver, Root } from "type-graphql";
import { FacilityScope } from "../../db/tenancy.js";
import { Role } from "../../graphql/auth.js";
import { type Context, requireStaff } from "../../graphql/context.js";
import { parseId } from "../../graphql/ids.js";
import { badInput } from "../../lib/domain-error.js";
import { Customer } from "../customers/customer.type.js";
import { getFacility } from "../facilities/facility.service.js";
import { invitationsOf, sendInvite, toInvitation } from "../invitations/invitation.service.js";
import { Invitation } from "../invitations/invitation.type.js";
import { ContactInput } from "./contact.inputs.js";
import { addContact, contactsOfCustomer, getContactRow, removeContact, updateContact } from "./contact.service.js";
import { Contact } from "./contact.type.js";

@ObjectType()
export class SendContactInvitePayload {
  @Field(() => Contact)
  contact: Contact;

  @Field(() => Invitation)
  invitation: Invitation;
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
  addContact(
    @Ctx() ctx: Context,
    @Arg("customerId", () => ID) customerId: string,
    @Arg("input", () => ContactInput) input: ContactInput,
    @Arg("allowDuplicateEmail", () => Boolean, {
      defaultValue: false,
      description: "Save even though someone else on the account has this email (after the CONFLICT warning).",
    })
    allowDuplicateEmail: boolean,
  ): Contact {
    const { facilityId } = requireStaff(ctx);
    checkName(input);
    const customer = parseId(customerId, "Customer");
    const row = addContact(ctx.db, facilityId, customer, input, ctx.clock.now(), { allowDuplicateEmail });
    return Contact.from(row, getFacility(ctx.db, facilityId), ctx.clock.now());
  }

  @Authorized(Role.STAFF)
  @Mutation(() => Contact, {
    description: "Saves a contact. Turning portal access off or changing the email cancels pending invites.",
  })
  updateContact(
    @Ctx() ctx: Context,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => ContactInput) input: ContactInput,
    @Arg("allowDuplicateEmail", () => Boolean, {
      defaultValue: false,
      description: "Save even though someone else on the account has this email (after the CONFLICT warning).",
    })
    allowDuplicateEmail: boolean,
  ): Contact {
    const { facilityId } = requireStaff(ctx);
    checkName(input);
    const row = updateContact(ctx.db, facilityId, parseId(id, "Contact"), input, ctx.clock.now(), {
      allowDuplicateEmail,
    });
    return Contact.from(row, getFacility(ctx.db, facilityId), ctx.clock.now());
  }

  @Authorized(Role.STAFF)
  @Mutation(() => Boolean, { description: "Removes a contact and ends their portal access at once." })
  removeContact(@Ctx() ctx: Context, @Arg("id", () => ID) id: string): boolean {
    const { facilityId } = requireStaff(ctx);
    removeContact(ctx.db, facilityId, parseId(id, "Contact"));
    return true;
  }

  @Authorized(Role.STAFF)
  @Mutation(() => SendContactInvitePayload, { description: "Send Invite / Resend Invite for a sub-contact." })
  async sendContactInvite(
    @Ctx() ctx: Context,
    @Arg("contactId", () => ID) contactId: string,
  ): Promise<SendContactInvitePayload> {
    const staff = requireStaff(ctx);
    const id = parseId(contactId, "Contact");
    const current = getContactRow(ctx.db, staff.facilityId, id);
    const scope = new FacilityScope(staff.facilityId);
    const invitation = await sendInvite(
      ctx,
      { scope, userId: staff.userId },
      { customerId: current.customerId, contactId: id },
    );
    const contact = getContactRow(ctx.db, staff.facilityId, id);
    return Object.assign(new SendContactInvitePayload(), {
      contact: Contact.from(contact, getFacility(ctx.db, staff.facilityId), ctx.clock.now()),
      invitation: toInvitation(invitation),
    });
  }

  @FieldResolver(() => [Invitation], { description: "Invite history, newest first." })
  async invitations(@Ctx() ctx: Context, @Root() contact: Contact): Promise<Invitation[]> {
    const scope = new FacilityScope(contact.row.facilityId);
    return (await invitationsOf(ctx.data, scope, contact.row.customerId, contact.row.id)).map(toInvitation);
  }

  @FieldResolver(() => Invitation, { nullable: true })
  async lastInvitation(@Ctx() ctx: Context, @Root() contact: Contact): Promise<Invitation | null> {
    const scope = new FacilityScope(contact.row.facilityId);
    const [latest] = await invitationsOf(ctx.data, scope, contact.row.customerId, contact.row.id);
    return latest ? toInvitation(latest) : null;
  }
}

@Resolver(() => Customer)
export class CustomerContactsResolver {
  @FieldResolver(() => [Contact], { description: "People tied to this account (spouse, assistant…)." })
  contacts(@Ctx() ctx: Context, @Root() customer: Customer): Contact[] {
    const facility = getFacility(ctx.db, customer.row.facilityId);
    const now = ctx.clock.now();
    return contactsOfCustomer(ctx.db, customer.row.facilityId, customer.row.id).map((c) =>
      Contact.from(c, facility, now),
    );
  }
}
