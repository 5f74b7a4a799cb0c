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
registerEnumType(EventKind, { name: "EventKind" });

export enum RsvpResponse {
  GOING = "GOING",
  NOT_GOING = "NOT_GOING",
  MAYBE = "MAYBE",
}
registerEnumType(RsvpResponse, { name: "RsvpResponse" });

@ObjectType({ description: "An appointment or activity: pick-up, drop-off, detailing, service, social event." })
export class ScheduledEvent {
  @Field(() => ID)
  id: string;

  @Field(() => EventKind)
  kind: EventKind;

  @Field()
  title: string;

  @Field(() => DateTimeISOResolver)
  startsAt: Date;

  @Field(() => DateTimeISOResolver, { nullable: true })
  endsAt: Date | null;

  @Field(() => String, { nullable: true })
  location: string | null;

  @Field(() => String, { nullable: true })
  notes: string | null;

  @Field(() => ID, { nullable: true })
  customerId: string | null;

  @Field(() => String, { nullable: true, description: "Null for a facility-wide social event." })
  customerName: string | null;

  @Field(() => ID, { nullable: true })
  carId: string | null;

  @Field(() => String, { nullable: true })
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

@ObjectType()
export class PortalSchedule {
  @Field(() => [ScheduledEvent], { description: "From now on, soonest first." })
  upcoming: ScheduledEvent[];

  @Field(() => [ScheduledEvent], { description: "Before now, most recent first." })
  past: ScheduledEvent[];
}

@InputType()
export class EventInput {
  @Field(() => ID, { nullable: true, description: "Omit for a facility-wide social event." })
  customerId?: string | null;

  @Field(() => ID, { nullable: true })
  carId?: string | null;

  @Field(() => EventKind)
  kind: EventKind;

  @Field()
  @MaxLength(200)
  title: string;

  @Field(() => DateTimeISOResolver)
  startsAt: Date;

  @Field(() => DateTimeISOResolver, { nullable: true })
  endsAt?: Date | null;

  @Field(() => String, { nullable: true })
  @MaxLength(200)
  location?: string | null;

  @Field(() => String, { nullable: true })
  @MaxLength(2000)
  notes?: string | null;
}
