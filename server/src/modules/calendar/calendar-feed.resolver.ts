import { DateTimeISOResolver } from "graphql-scalars";
import { Authorized, Ctx, Field, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { Role } from "../../graphql/auth.js";
import { type Context, requireSection } from "../../graphql/context.js";
import { PortalSection } from "../facilities/sections.service.js";
import {
  type CalendarFeedState,
  calendarFeedOf,
  createCalendarLink,
  turnOffCalendarFeed,
} from "./calendar-feed.service.js";

@ObjectType({ description: "The signed-in person's calendar subscription. Its URL is shown only when it is made." })
export class PortalCalendarFeed {
  @Field(() => DateTimeISOResolver, { description: "When the current link was made." })
  createdAt: Date;

  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description: "When a calendar app last fetched the feed (kept to within a few minutes); null if never.",
  })
  lastFetchedAt: Date | null;

  static from(state: CalendarFeedState): PortalCalendarFeed {
    return Object.assign(new PortalCalendarFeed(), state);
  }
}

@ObjectType({ description: "A new calendar link: the only time its secret URL is shown." })
export class PortalCalendarLink {
  @Field({ description: "The feed's https URL, for calendar apps' \"subscribe by URL\"." })
  url: string;

  @Field({ description: "The same URL as webcal://, which opens the device's calendar app." })
  webcalUrl: string;

  @Field(() => PortalCalendarFeed, { description: "The subscription the link belongs to." })
  feed: PortalCalendarFeed;
}

@Resolver()
export class CalendarFeedResolver {
  @Authorized(Role.PORTAL)
  @Query(() => PortalCalendarFeed, {
    nullable: true,
    description: "The person's calendar subscription to their schedule, or null when they have none.",
  })
  async portalCalendarFeed(@Ctx() ctx: Context): Promise<PortalCalendarFeed | null> {
    const viewer = requireSection(ctx, PortalSection.EVENTS);
    const state = await calendarFeedOf(ctx.data, viewer);
    return state && PortalCalendarFeed.from(state);
  }

  @Authorized(Role.PORTAL)
  @Mutation(() => PortalCalendarLink, {
    description:
      "Makes a secret calendar link to the person's schedule (an ICS feed). Any earlier link stops working at once.",
  })
  async createPortalCalendarLink(@Ctx() ctx: Context): Promise<PortalCalendarLink> {
    const viewer = requireSection(ctx, PortalSection.EVENTS);
    const link = await createCalendarLink({ data: ctx.data, config: ctx.config }, viewer, ctx.clock.now());
    return Object.assign(new PortalCalendarLink(), { ...link, feed: PortalCalendarFeed.from(link.feed) });
  }

  @Authorized(Role.PORTAL)
  @Mutation(() => Boolean, { description: "Turns the person's calendar feed off: its link stops working." })
  async turnOffPortalCalendarFeed(@Ctx() ctx: Context): Promise<boolean> {
    const viewer = requireSection(ctx, PortalSection.EVENTS);
    await turnOffCalendarFeed(ctx.data, viewer, ctx.clock.now());
    return true;
  }
}
