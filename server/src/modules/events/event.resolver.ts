import { DateTimeISOResolver } from "graphql-scalars";
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Role } from "../../graphql/auth.js";
import { type Context, requireStaff } from "../../graphql/context.js";
import { badInput } from "../../graphql/errors.js";
import { parseId } from "../../graphql/ids.js";
import { Customer } from "../customers/customer.type.js";
import { PortalSection, requireSection } from "../portal/sections.js";
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

@Resolver(() => ScheduledEvent)
export class EventResolver {
  @Authorized(Role.STAFF)
  @Query(() => [ScheduledEvent], { description: "The facility's schedule between two times (at most 500)." })
  schedule(
    @Ctx() ctx: Context,
    @Arg("from", () => DateTimeISOResolver) from: Date,
    @Arg("to", () => DateTimeISOResolver) to: Date,
  ): ScheduledEvent[] {
    if (to <= from) throw badInput("`to` must be after `from`");
    return eventsBetween(ctx.db, requireStaff(ctx).facilityId, from, to).map(ScheduledEvent.from);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => ScheduledEvent, { description: "Schedules an event; opted-in people are emailed." })
  scheduleEvent(@Ctx() ctx: Context, @Arg("input", () => EventInput) input: EventInput): ScheduledEvent {
    const { facilityId } = requireStaff(ctx);
    const id = scheduleEvent(ctx.db, ctx.config, facilityId, toServiceInput(input), ctx.clock.now());
    ctx.nudgeOutbox();
    return ScheduledEvent.from(getEvent(ctx.db, facilityId, id));
  }

  @Authorized(Role.STAFF)
  @Mutation(() => ScheduledEvent)
  updateEvent(
    @Ctx() ctx: Context,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => EventInput) input: EventInput,
  ): ScheduledEvent {
    const { facilityId } = requireStaff(ctx);
    const eventId = parseId(id, "Event");
    updateEvent(ctx.db, facilityId, eventId, toServiceInput(input));
    return ScheduledEvent.from(getEvent(ctx.db, facilityId, eventId));
  }

  @Authorized(Role.STAFF)
  @Mutation(() => Boolean)
  cancelEvent(@Ctx() ctx: Context, @Arg("id", () => ID) id: string): boolean {
    cancelEvent(ctx.db, requireStaff(ctx).facilityId, parseId(id, "Event"));
    return true;
  }

  @Authorized(Role.PORTAL)
  @Query(() => PortalSchedule, { description: "Events & schedule section of the portal." })
  portalSchedule(@Ctx() ctx: Context): PortalSchedule {
    const viewer = requireSection(ctx, PortalSection.EVENTS);
    const now = ctx.clock.now().getTime();
    const all = eventsForCustomer(ctx.db, viewer.facilityId, viewer.customerId).map(ScheduledEvent.from);
    return Object.assign(new PortalSchedule(), {
      upcoming: all.filter((e) => (e.endsAt ?? e.startsAt).getTime() >= now),
      past: all.filter((e) => (e.endsAt ?? e.startsAt).getTime() < now).reverse(),
    });
  }

  @Authorized(Role.PORTAL)
  @Mutation(() => ScheduledEvent, { description: "RSVP to a social event." })
  rsvp(
    @Ctx() ctx: Context,
    @Arg("eventId", () => ID) eventId: string,
    @Arg("response", () => RsvpResponse) response: RsvpResponse,
    @Arg("guests", () => Int, { defaultValue: 0 }) guests: number,
  ): ScheduledEvent {
    const viewer = requireSection(ctx, PortalSection.EVENTS);
    const id = parseId(eventId, "Event");
    rsvp(ctx.db, viewer, id, { response, guests }, ctx.clock.now());
    return ScheduledEvent.from(getEvent(ctx.db, viewer.facilityId, id, viewer.customerId));
  }
}

@Resolver(() => Customer)
export class CustomerEventsResolver {
  @FieldResolver(() => [ScheduledEvent], {
    description: "The customer's events (and facility social events), by start.",
  })
  events(@Ctx() ctx: Context, @Root() customer: Customer): ScheduledEvent[] {
    return eventsForCustomer(ctx.db, customer.row.facilityId, customer.row.id).map(ScheduledEvent.from);
  }
}
