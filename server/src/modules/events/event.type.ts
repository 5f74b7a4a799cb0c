import { MaxLength } from "class-validator";
import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import type { EventRow } from "./event.service.js";

export enum EventKind {
  PICK_UP = "PICK_UP",
  DROP_OFF = "DROP_OFF",
  DETAILING = "DETAILING",
  SERVICE = "SERVICE",
  SOCIAL = "SOCIAL",
  OTHER = "OTHER",
}
registerEnumType(EventKind, {
  name: "EventKind",
  description: "What kind of event it is.",
  valuesConfig: {
    PICK_UP: { description: "The customer picks up a car." },
    DROP_OFF: { description: "The customer drops off a car." },
    DETAILING: { description: "Detailing of a car." },
    SERVICE: { description: "Service work on a car." },
    SOCIAL: { description: "A social event; without a customer it is facility-wide and every portal may RSVP." },
    OTHER: { description: "Any other appointment." },
  },
});

export enum RsvpResponse {
  GOING = "GOING",
  NOT_GOING = "NOT_GOING",
  MAYBE = "MAYBE",
}
registerEnumType(RsvpResponse, {
  name: "RsvpResponse",
  description: "An answer to a social event's invitation.",
  valuesConfig: {
    GOING: { description: "Coming." },
    NOT_GOING: { description: "Not coming." },
    MAYBE: { description: "Maybe coming." },
  },
});

@ObjectType({ description: "An appointment or activity: pick-up, drop-off, detailing, service, social event." })
export class ScheduledEvent {
  @Field(() => ID, { description: "The event's ID." })
  id: string;

  @Field(() => EventKind, { description: "What kind of event it is." })
  kind: EventKind;

  @Field({ description: "The event's title." })
  title: string;

  @Field(() => DateTimeISOResolver, { description: "When it starts." })
  startsAt: Date;

  @Field(() => DateTimeISOResolver, { nullable: true, description: "When it ends; null when open-ended." })
  endsAt: Date | null;

  @Field(() => String, { nullable: true, description: "Where; null when not given." })
  location: string | null;

  @Field(() => String, { nullable: true, description: "Notes; null when none." })
  notes: string | null;

  @Field(() => ID, { nullable: true, description: "The customer it is for; null for a facility-wide social event." })
  customerId: string | null;

  @Field(() => String, { nullable: true, description: "Null for a facility-wide social event." })
  customerName: string | null;

  @Field(() => ID, { nullable: true, description: "The car it is about; null when none." })
  carId: string | null;

  @Field(() => String, { nullable: true, description: "The car's year, make and model; null when none." })
  carName: string | null;

  @Field(() => RsvpResponse, { nullable: true, description: "The viewing customer's answer (portal)." })
  myRsvp: RsvpResponse | null;

  @Field(() => Int, {
    nullable: true,
    description: "Guests the viewing customer brings with a GOING answer (portal); null without an answer.",
  })
  myGuests: number | null;

  @Field(() => Int, { description: "People coming, guests included (social events)." })
  goingCount: number;

  @Field(() => Int, { description: "Of goingCount, the guests the answering households bring." })
  goingGuests: number;

  static from(r: EventRow): ScheduledEvent {
    return Object.assign(new ScheduledEvent(), {
      id: String(r.id),
      kind: EventKind[r.kind],
      title: r.title,
      startsAt: r.startsAt,
      endsAt: r.endsAt,
      location: r.location,
      notes: r.notes,
      customerId: r.customerId === null ? null : String(r.customerId),
      customerName: r.customerName,
      carId: r.carId === null ? null : String(r.carId),
      carName: r.carName,
      myRsvp: r.myRsvp === null ? null : RsvpResponse[r.myRsvp],
      myGuests: r.myRsvp === null ? null : r.myGuests,
      goingCount: r.goingCount,
      goingGuests: r.goingGuests,
    });
  }
}

@ObjectType({
  description: "The portal's Events & schedule section: the account's events and the facility's social events.",
})
export class PortalSchedule {
  @Field(() => [ScheduledEvent], { description: "From now on, soonest first." })
  upcoming: ScheduledEvent[];

  @Field(() => [ScheduledEvent], { description: "Before now, most recent first." })
  past: ScheduledEvent[];
}

@InputType({ description: "An event to schedule or change." })
export class EventInput {
  @Field(() => ID, { nullable: true, description: "Omit for a facility-wide social event." })
  customerId?: string | null;

  @Field(() => ID, { nullable: true, description: "A car of the customer it is about; omit for none." })
  carId?: string | null;

  @Field(() => EventKind, { description: "What kind of event it is." })
  kind: EventKind;

  @Field({ description: "The title, up to 200 characters." })
  @MaxLength(200)
  title: string;

  @Field(() => DateTimeISOResolver, { description: "When it starts." })
  startsAt: Date;

  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description: "When it ends; must be after startsAt. Omit for open-ended.",
  })
  endsAt?: Date | null;

  @Field(() => String, { nullable: true, description: "Where, up to 200 characters." })
  @MaxLength(200)
  location?: string | null;

  @Field(() => String, { nullable: true, description: "Notes, up to 2,000 characters." })
  @MaxLength(2000)
  notes?: string | null;
}
