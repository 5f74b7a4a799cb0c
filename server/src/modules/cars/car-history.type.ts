import { IsInt, IsOptional, Length, Matches, Max, MaxLength, Min } from "class-validator";
import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { CarEventKind, type CarEventView, type ConditionReportView, type PhotoView } from "./car-history.service.js";

registerEnumType(CarEventKind, { name: "CarEventKind" });

@ObjectType()
export class Photo implements PhotoView {
  @Field(() => ID)
  id: string;

  @Field({ description: "The display copy (longest side up to 2000 px)." })
  url: string;

  @Field()
  thumbnailUrl: string;

  @Field(() => Int, { nullable: true })
  width: number | null;

  @Field(() => Int, { nullable: true })
  height: number | null;

  @Field(() => String, { nullable: true })
  caption: string | null;
}

@ObjectType({ description: "One entry of a car's history." })
export class CarEvent implements CarEventView {
  @Field(() => ID)
  id: string;

  @Field(() => CarEventKind)
  kind: CarEventKind;

  @Field(() => String, { nullable: true })
  notes: string | null;

  @Field(() => DateTimeISOResolver)
  happenedAt: Date;

  @Field(() => String, { nullable: true, description: "Who recorded it (staff only)." })
  recordedBy: string | null;
}

@ObjectType()
export class ConditionReport implements ConditionReportView {
  @Field(() => ID)
  id: string;

  @Field({ description: "ISO date (YYYY-MM-DD)." })
  inspectedOn: string;

  @Field()
  inspector: string;

  @Field(() => Int, { nullable: true })
  odometer: number | null;

  @Field(() => String, { nullable: true })
  notes: string | null;

  @Field(() => [Photo])
  photos: Photo[];
}

@InputType()
export class CarEventInput {
  @Field(() => CarEventKind)
  kind: CarEventKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000, { message: "Notes are at most 2000 characters" })
  notes?: string | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: "Defaults to now." })
  @IsOptional()
  happenedAt?: Date | null;
}

@InputType()
export class ConditionReportInput {
  @Field({ description: "ISO date (YYYY-MM-DD)." })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: "Use a date like 2026-03-02" })
  @MaxLength(10, { message: "Use a date like 2026-03-02" })
  inspectedOn: string;

  @Field()
  @Length(1, 120, { message: "Enter who inspected the car" })
  inspector: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: "The odometer cannot be negative" })
  @Max(10_000_000, { message: "That odometer reading is too large" })
  odometer?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000, { message: "Notes are at most 5000 characters" })
  notes?: string | null;
}
