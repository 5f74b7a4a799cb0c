import { DateTimeISOResolver } from "graphql-scalars";
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { FacilityScope } from "../../db/tenancy.js";
import { Role } from "../../graphql/auth.js";
import { type Context, requireSection, requireStaff } from "../../graphql/context.js";
import { parseId } from "../../graphql/ids.js";
import { badInput } from "../../lib/domain-error.js";
import { Customer } from "../customers/customer.type.js";
import { PortalSection } from "../facilities/sections.service.js";
import {
  cancelEvent,
  eventsBetween,
  eventsForCustomer,
  getEvent,
  rsvp,
  scheduleEvent,
  updateEvent,
} from "./event.service.js";
import { EventInput, PortalSchedule, RsvpResponse, ScheduledEvent } from "./event.type.js";

function toServiceInput(input: EventInput) {
  return {
    ...input,
    customerId: input.customerId ? parseId(input.customerId, "Customer") : null,
    carId: input.carId ? parseId(input.carId, "Car") : null,
  };
}

const staffScope = (ctx: Context) => new FacilityScope(requireStaff(ctx).facilityId);

@Resolver(() => ScheduledEvent)
export class EventResolver {
  @Authorized(Role.STAFF)
  @Query(() => [ScheduledEvent], { description: "The facility's schedule between two times (at most 500)." })
  async schedule(
    @Ctx() ctx: Context,
    @Arg("from", () => DateTimeISOResolver, { description: "Start of the window (inclusive)." }) from: Date,
    @Arg("to", () => DateTimeISOResolver, { description: "End of the window; must be after `from`." }) to: Date,
  ): Promise<ScheduledEvent[]> {
    if (to <= from) throw badInput("`to` must be after `from`");
    const rows = await eventsBetween(ctx.data, staffScope(ctx), from, to);
    return rows.map(ScheduledEvent.from);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => ScheduledEvent, { description: "Schedules an event; opted-in people are emailed." })
  async scheduleEvent(
    @Ctx() ctx: Context,
    @Arg("input", () => EventInput, { description: "The event." }) input: EventInput,
  ): Promise<ScheduledEvent> {
    const scope = staffScope(ctx);
    const deps = { data: ctx.data, config: ctx.config };
    const id = await scheduleEvent(deps, scope, toServiceInput(input), ctx.clock.now());
    ctx.nudgeOutbox();
    return ScheduledEvent.from(await getEvent(ctx.data, scope, id));
  }

  @Authorized(Role.STAFF)
  @Mutation(() => ScheduledEvent, { description: "Changes an event (staff)." })
  async updateEvent(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The event to change." }) id: string,
    @Arg("input", () => EventInput, { description: "The event as it should be; every field is replaced." })
    input: EventInput,
  ): Promise<ScheduledEvent> {
    const scope = staffScope(ctx);
    const eventId = parseId(id, "Event");
    await updateEvent(ctx.data, scope, eventId, toServiceInput(input), ctx.clock.now());
    return ScheduledEvent.from(await getEvent(ctx.data, scope, eventId));
  }

  @Authorized(Role.STAFF)
  @Mutation(() => Boolean, { description: "Cancels (deletes) an event (staff). Answers true." })
  async cancelEvent(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The event to cancel." }) id: string,
  ): Promise<boolean> {
    await cancelEvent(ctx.data, staffScope(ctx), parseId(id, "Event"));
    return true;
  }

  @Authorized(Role.PORTAL)
  @Query(() => PortalSchedule, { description: "Events & schedule section of the portal." })
  async portalSchedule(@Ctx() ctx: Context): Promise<PortalSchedule> {
    const viewer = requireSection(ctx, PortalSection.EVENTS);
    const now = ctx.clock.now().getTime();
    const rows = await eventsForCustomer(ctx.data, new FacilityScope(viewer.facilityId), viewer.customerId);
    const all = rows.map(ScheduledEvent.from);
    return Object.assign(new PortalSchedule(), {
      upcoming: all.filter((e) => (e.endsAt ?? e.startsAt).getTime() >= now),
      past: all.filter((e) => (e.endsAt ?? e.startsAt).getTime() < now).reverse(),
    });
  }

  @Authorized(Role.PORTAL)
  @Mutation(() => ScheduledEvent, { description: "RSVP to a social event." })
  async rsvp(
    @Ctx() ctx: Context,
    @Arg("eventId", () => ID, { description: "The social event." }) eventId: string,
    @Arg("response", () => RsvpResponse, {
      description: "Going, not going or maybe; answering again replaces the answer.",
    })
    response: RsvpResponse,
    @Arg("guests", () => Int, {
      defaultValue: 0,
      description: "Guests the household brings with a GOING answer, 0 to 10.",
    })
    guests: number,
  ): Promise<ScheduledEvent> {
    const viewer = requireSection(ctx, PortalSection.EVENTS);
    const scope = new FacilityScope(viewer.facilityId);
    const id = parseId(eventId, "Event");
    await rsvp(ctx.data, { scope, customerId: viewer.customerId }, id, { response, guests }, ctx.clock.now());
    return ScheduledEvent.from(await getEvent(ctx.data, scope, id, viewer.customerId));
  }
}

@Resolver(() => Customer)
export class CustomerEventsResolver {
  @FieldResolver(() => [ScheduledEvent], {
    description: "The customer's events (and facility social events), by start.",
  })
  async events(@Ctx() ctx: Context, @Root() customer: Customer): Promise<ScheduledEvent[]> {
    const rows = await eventsForCustomer(ctx.data, new FacilityScope(customer.row.facilityId), customer.row.id);
    return rows.map(ScheduledEvent.from);
  }
}
