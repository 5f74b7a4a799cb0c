import { IsInt, IsOptional, Length, Matches, Max, MaxLength, Min } from "class-validator";
import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { CarEventKind, type CarEventView, type ConditionReportView, type PhotoView } from "./car-history.service.js";

registerEnumType(CarEventKind, {
  name: "CarEventKind",
  description: "What a history entry records.",
  valuesConfig: {
    MOVED: { description: "Moved to another spot." },
    WASHED: { description: "Washed or detailed." },
    SERVICED: { description: "Serviced." },
    BATTERY_TENDED: { description: "Battery checked or charged." },
    PICKED_UP: { description: "Picked up from the facility." },
    DROPPED_OFF: { description: "Dropped off at the facility." },
    STATUS_CHANGED: {
      description: "The car's status changed; recorded by Portico when staff change it, notes say from and to.",
    },
    NOTE: { description: "A free note." },
  },
});

@ObjectType({ description: "A photo of a car or of a condition report." })
export class Photo implements PhotoView {
  @Field(() => ID, { description: "The photo's ID." })
  id: string;

  @Field({ description: "The display copy (longest side up to 2000 px)." })
  url: string;

  @Field({ description: "A small copy, for lists and grids." })
  thumbnailUrl: string;

  @Field(() => Int, { nullable: true, description: "Width of the display copy in pixels; null when unknown." })
  width: number | null;

  @Field(() => Int, { nullable: true, description: "Height of the display copy in pixels; null when unknown." })
  height: number | null;

  @Field(() => String, { nullable: true, description: "A caption, if one was given." })
  caption: string | null;
}

@ObjectType({ description: "One entry of a car's history." })
export class CarEvent implements CarEventView {
  @Field(() => ID, { description: "The history entry's ID." })
  id: string;

  @Field(() => CarEventKind, { description: "What happened." })
  kind: CarEventKind;

  @Field(() => String, { nullable: true, description: "Notes, free text; null when none." })
  notes: string | null;

  @Field(() => DateTimeISOResolver, { description: "When it happened." })
  happenedAt: Date;

  @Field(() => String, { nullable: true, description: "Who recorded it (staff only)." })
  recordedBy: string | null;
}

@ObjectType({ description: "An inspection of a car: date, inspector, odometer, notes and photos." })
export class ConditionReport implements ConditionReportView {
  @Field(() => ID, { description: "The report's ID." })
  id: string;

  @Field({ description: "ISO date (YYYY-MM-DD)." })
  inspectedOn: string;

  @Field({ description: "Who inspected the car." })
  inspector: string;

  @Field(() => Int, {
    nullable: true,
    description: "Odometer reading (miles or kilometres, as read); null when not read.",
  })
  odometer: number | null;

  @Field(() => String, { nullable: true, description: "Findings, free text; null when none." })
  notes: string | null;

  @Field(() => [Photo], { description: "The report's photos." })
  photos: Photo[];
}

@InputType({ description: "A history entry to record on a car." })
export class CarEventInput {
  @Field(() => CarEventKind, { description: "What happened." })
  kind: CarEventKind;

  @Field(() => String, { nullable: true, description: "Notes, up to 2,000 characters." })
  @IsOptional()
  @MaxLength(2000, { message: "Notes are at most 2000 characters" })
  notes?: string | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: "Defaults to now." })
  @IsOptional()
  happenedAt?: Date | null;
}

@InputType({ description: "A condition report to add to a car; photos are uploaded afterwards." })
export class ConditionReportInput {
  @Field({ description: "ISO date (YYYY-MM-DD)." })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: "Use a date like 2026-03-02" })
  @MaxLength(10, { message: "Use a date like 2026-03-02" })
  inspectedOn: string;

  @Field({ description: "Who inspected the car, 1 to 120 characters." })
  @Length(1, 120, { message: "Enter who inspected the car" })
  inspector: string;

  @Field(() => Int, { nullable: true, description: "Odometer reading, 0 to 10,000,000." })
  @IsOptional()
  @IsInt()
  @Min(0, { message: "The odometer cannot be negative" })
  @Max(10_000_000, { message: "That odometer reading is too large" })
  odometer?: number | null;

  @Field(() => String, { nullable: true, description: "Findings, up to 5,000 characters." })
  @IsOptional()
  @MaxLength(5000, { message: "Notes are at most 5000 characters" })
  notes?: string | null;
}
