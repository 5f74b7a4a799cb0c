import type { GraphQLResolveInfo } from "graphql";
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { FacilityScope } from "../../db/tenancy.js";
import { Role } from "../../graphql/auth.js";
import { StringArg } from "../../graphql/bounds.js";
import { type Context, facilityToday, requestFacility, requireStaff, staffScope } from "../../graphql/context.js";
import { parseId } from "../../graphql/ids.js";
import { MAX_CURSOR_LENGTH, selectsAnyOf } from "../../graphql/pagination.js";
import { badInput } from "../../lib/domain-error.js";
import { carsOfCustomer } from "../cars/car.service.js";
import { Car } from "../cars/car.type.js";
import { inviteInPerson } from "../invitations/in-person-invite.service.js";
import { sendInvite, toInvitation } from "../invitations/invitation.service.js";
import {
  InPersonDelivery,
  InPersonLink,
  Invitation,
  invitationsOfPerson,
  PortalState,
} from "../invitations/invitation.type.js";
import { invoicesOfCustomer } from "../invoices/invoice.service.js";
import { Invoice } from "../invoices/invoice.type.js";
import { CustomerInput } from "./customer.inputs.js";
import {
  createCustomer,
  customerOfFacility,
  listCustomers,
  SEARCH_COUNT_CAP,
  updateCustomer,
} from "./customer.service.js";
import { Customer, CustomerConnection, InPersonInvitePayload, SendInvitePayload } from "./customer.type.js";
import { deleteCustomer } from "./customer-erasure.service.js";
import { archiveCustomer, restoreCustomer } from "./customer-lifecycle.service.js";

const MAX_PAGE = 100;

@Resolver(() => Customer)
export class CustomerResolver {
  @Authorized(Role.STAFF)
  @Query(() => CustomerConnection, { description: "The facility's customers, sorted by name, searchable." })
  async customers(
    @Ctx() ctx: Context,
    @StringArg("search", { nullable: true, maxLength: 200, description: "Part of a name, email or phone number." })
    search: string | null,
    @Arg("first", () => Int, { defaultValue: 25, description: "Customers per page, 1 to 100." }) first: number,
    @StringArg("after", {
      nullable: true,
      maxLength: MAX_CURSOR_LENGTH,
      description: "pageInfo.endCursor of the page before.",
    })
    after: string | null,
    @Arg("portalStates", () => [PortalState], { nullable: true, description: "Only customers in these portal states." })
    portalStates: PortalState[] | null,
    @Arg("archived", () => Boolean, {
      defaultValue: false,
      description: "The archived customers instead of the others (whose totalCount then counts up to 1,000).",
    })
    archived: boolean,
    @Info() info: GraphQLResolveInfo,
  ): Promise<CustomerConnection> {
    const { facilityId } = requireStaff(ctx);
    if (first < 1 || first > MAX_PAGE)
      throw badInput(`first must be between 1 and ${MAX_PAGE}`, { first: "Out of range" });
    if (search && search.length > 200) throw badInput("Search text is too long", { search: "At most 200 characters" });
    const facility = await requestFacility(ctx, facilityId);
    const now = ctx.clock.now();
    const states = portalStates?.length ? { values: portalStates, now, settings: facility } : null;
    const page = await listCustomers(ctx.data, new FacilityScope(facilityId), {
      search,
      country: facility.country,
      first,
      after,
      states,
      archived,
      withCount: selectsAnyOf(info, ["totalCount", "totalCountIsLowerBound"]),
    });
    return Object.assign(new CustomerConnection(), {
      nodes: page.rows.map((row) => Customer.from(row, facility, now)),
      pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
      count: once(page.count),
    });
  }

  @Authorized(Role.STAFF)
  @Query(() => Customer, {
    description: "One customer of the facility, archived or not. NOT_FOUND for another facility's.",
  })
  async customer(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The customer's ID." }) id: string,
  ): Promise<Customer> {
    const { facilityId } = requireStaff(ctx);
    const row = await customerOfFacility(ctx.data, new FacilityScope(facilityId), parseId(id, "Customer"));
    return Customer.from(row, await requestFacility(ctx, facilityId), ctx.clock.now());
  }

  @Authorized(Role.STAFF)
  @Mutation(() => Customer, {
    description: "Adds a customer. An email another customer has is refused with CONFLICT (extensions.duplicateEmail).",
  })
  async createCustomer(
    @Ctx() ctx: Context,
    @Arg("input", () => CustomerInput, { description: "The new customer's profile." }) input: CustomerInput,
    @Arg("allowDuplicateEmail", () => Boolean, {
      defaultValue: false,
      description: "Save even though another person has this email (after staff saw the CONFLICT warning).",
    })
    allowDuplicateEmail: boolean,
  ): Promise<Customer> {
    const { facilityId } = requireStaff(ctx);
    const row = await createCustomer(ctx, staffScope(ctx), input, { allowDuplicateEmail });
    return Customer.from(row, await requestFacility(ctx, facilityId), ctx.clock.now());
  }

  @Authorized(Role.STAFF)
  @Mutation(() => Customer, {
    description:
      "Saves the profile; a new email voids pending invite links. A new email someone else on record has is refused with CONFLICT (extensions.duplicateEmail).",
  })
  async updateCustomer(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The customer to change." }) id: string,
    @Arg("input", () => CustomerInput, { description: "The whole profile as it should be; every field is replaced." })
    input: CustomerInput,
    @Arg("allowDuplicateEmail", () => Boolean, {
      defaultValue: false,
      description: "Save even though another person has this email (after staff saw the CONFLICT warning).",
    })
    allowDuplicateEmail: boolean,
  ): Promise<Customer> {
    const { facilityId } = requireStaff(ctx);
    const scope = staffScope(ctx);
    const row = await updateCustomer(ctx, scope, parseId(id, "Customer"), input, { allowDuplicateEmail });
    return Customer.from(row, await requestFacility(ctx, facilityId), ctx.clock.now());
  }

  @Authorized(Role.STAFF)
  @Mutation(() => Customer, {
    description:
      "Archives a customer: out of lists, search and counts; every portal session of their people ends, pending invites and sign-in links stop working. Staff and admins.",
  })
  async archiveCustomer(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The customer to archive." }) id: string,
  ): Promise<Customer> {
    const { facilityId } = requireStaff(ctx);
    const scope = staffScope(ctx);
    const customerId = parseId(id, "Customer");
    await archiveCustomer(ctx, scope, customerId);
    const row = await customerOfFacility(ctx.data, scope, customerId);
    return Customer.from(row, await requestFacility(ctx, facilityId), ctx.clock.now());
  }

  @Authorized(Role.STAFF)
  @Mutation(() => Customer, {
    description: "Restores an archived customer to lists and search; their people can be invited or sign in again.",
  })
  async restoreCustomer(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The archived customer to restore." }) id: string,
  ): Promise<Customer> {
    const { facilityId } = requireStaff(ctx);
    const scope = staffScope(ctx);
    const customerId = parseId(id, "Customer");
    await restoreCustomer(ctx, scope, customerId);
    const row = await customerOfFacility(ctx.data, scope, customerId);
    return Customer.from(row, await requestFacility(ctx, facilityId), ctx.clock.now());
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ID, {
    description:
      "Deletes a customer for a privacy request: the customer, their contacts, portal accounts, cars, invoices, documents, photos, messages and every other record of theirs, in one step that cannot be undone. Admins only; confirmName must be the customer's name exactly. Answers the deleted customer's id.",
  })
  async deleteCustomer(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The customer to delete." }) id: string,
    @StringArg("confirmName", { maxLength: 200, description: "The customer's name, typed to confirm." })
    confirmName: string,
  ): Promise<string> {
    const customerId = parseId(id, "Customer");
    await deleteCustomer(ctx, staffScope(ctx), customerId, confirmName);
    return id;
  }

  @Authorized(Role.STAFF)
  @Mutation(() => SendInvitePayload, {
    description: "Send Invite or Resend Invite: the server decides which is allowed (DESIGN §3).",
  })
  async sendInvite(
    @Ctx() ctx: Context,
    @Arg("customerId", () => ID, { description: "The customer to invite; their email on record is used." })
    customerId: string,
  ): Promise<SendInvitePayload> {
    const staff = requireStaff(ctx);
    const id = parseId(customerId, "Customer");
    const scope = staffScope(ctx);
    const invitation = await sendInvite(ctx, { scope, userId: staff.userId }, { customerId: id, contactId: null });
    const row = await customerOfFacility(ctx.data, scope, id);
    return Object.assign(new SendInvitePayload(), {
      customer: Customer.from(row, await requestFacility(ctx, staff.facilityId), ctx.clock.now()),
      invitation: toInvitation(invitation),
    });
  }

  @Authorized(Role.STAFF)
  @Mutation(() => InPersonInvitePayload, {
    description:
      "An invite handed over at the counter: a one-time link (shown once, as a QR code or to copy) that lives 15 minutes and opens the same Continue page as an emailed invite. Voids the pending invite and open links like a resend; sends nothing, so the resend cooldown does not apply. Limited per person and per staff user (TOO_MANY_REQUESTS).",
  })
  async inviteInPerson(
    @Ctx() ctx: Context,
    @Arg("customerId", () => ID, { description: "The customer at the desk." }) customerId: string,
    @Arg("via", () => InPersonDelivery, { description: "Whether to show a QR code or a link to copy." })
    via: InPersonDelivery,
  ): Promise<InPersonInvitePayload> {
    const staff = requireStaff(ctx);
    const id = parseId(customerId, "Customer");
    const scope = staffScope(ctx);
    const shown = await inviteInPerson(ctx, { scope, userId: staff.userId }, { customerId: id, contactId: null }, via);
    const row = await customerOfFacility(ctx.data, scope, id);
    return Object.assign(new InPersonInvitePayload(), {
      customer: Customer.from(row, await requestFacility(ctx, staff.facilityId), ctx.clock.now()),
      invitation: toInvitation(shown.invitation),
      link: InPersonLink.from(shown),
    });
  }

  @FieldResolver(() => [Car], { description: "The customer's cars." })
  async cars(@Ctx() ctx: Context, @Root() customer: Customer): Promise<Car[]> {
    const cars = await carsOfCustomer(ctx.data, new FacilityScope(customer.row.facilityId), customer.row.id);
    return cars.map(Car.from);
  }

  @FieldResolver(() => [Invoice], { description: "The customer's invoices." })
  async invoices(@Ctx() ctx: Context, @Root() customer: Customer): Promise<Invoice[]> {
    const today = await facilityToday(ctx, customer.row.facilityId);
    const rows = await invoicesOfCustomer(ctx.data, new FacilityScope(customer.row.facilityId), customer.row.id);
    return rows.map((r) => Invoice.from(r, today));
  }

  @FieldResolver(() => [Invitation], { description: "Invite history, newest first." })
  async invitations(@Ctx() ctx: Context, @Root() customer: Customer, @Info() info: GraphQLResolveInfo) {
    return invitationsOfPerson(ctx, info, personOf(customer));
  }

  @FieldResolver(() => Invitation, {
    nullable: true,
    description: "The newest invite of the customer themself, or null if never invited.",
  })
  async lastInvitation(@Ctx() ctx: Context, @Root() customer: Customer, @Info() info: GraphQLResolveInfo) {
    const [latest] = await invitationsOfPerson(ctx, info, personOf(customer));
    return latest ?? null;
  }
}

/** Whose invites a customer's own are: the customer themself, no contact. */
function personOf({ row }: Customer) {
  return { facilityId: row.facilityId, customerId: row.id, contactId: null };
}

/** Runs fn the first time it is asked for, and answers the same promise after. */
function once<T>(fn: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => {
    result ??= fn();
    return result;
  };
}

@Resolver(() => CustomerConnection)
export class CustomerConnectionResolver {
  @FieldResolver(() => Int, {
    description: `How many customers match. Exact for the whole list; a search counts up to ${SEARCH_COUNT_CAP}.`,
  })
  async totalCount(@Root() connection: CustomerConnection): Promise<number> {
    return (await connection.count()).total;
  }

  @FieldResolver(() => Boolean, { description: "True when a search matched more than totalCount (show “1,000+”)." })
  async totalCountIsLowerBound(@Root() connection: CustomerConnection): Promise<boolean> {
    return (await connection.count()).isLowerBound;
  }
}
