import { IsInt, IsOptional, Length, Max, MaxLength, Min } from "class-validator";
import { Field, InputType, Int } from "type-graphql";
import { CarStatus, type CarValues } from "./car.service.js";

@InputType({ description: "A car's details, for add and edit." })
export class CarInput implements CarValues {
  @Field(() => Int, { nullable: true, description: "Model year, 1885 to 2100; null when unknown." })
  @IsOptional()
  @IsInt()
  @Min(1885, { message: "Enter a year from 1885 on" })
  @Max(2100, { message: "Enter a real model year" })
  year?: number | null;

  @Field({ description: "Make, 1 to 80 characters." })
  @Length(1, 80, { message: "Enter the make (up to 80 characters)" })
  make: string;

  @Field({ description: "Model, 1 to 80 characters." })
  @Length(1, 80, { message: "Enter the model (up to 80 characters)" })
  model: string;

  @Field(() => String, { nullable: true, description: "VIN or hull id, up to 40 characters." })
  @IsOptional()
  @MaxLength(40, { message: "VIN or hull id is at most 40 characters" })
  vin?: string | null;

  @Field(() => String, { nullable: true, description: "Licence plate, up to 20 characters." })
  @IsOptional()
  @MaxLength(20, { message: "Plate is at most 20 characters" })
  plate?: string | null;

  @Field(() => String, { nullable: true, description: "Colour, up to 40 characters." })
  @IsOptional()
  @MaxLength(40, { message: "Colour is at most 40 characters" })
  color?: string | null;

  @Field(() => CarStatus, {
    nullable: true,
    defaultValue: CarStatus.IN_STORAGE,
    description:
      "Where the car is; IN_STORAGE when left out. A change is recorded in the car's history and emailed to people with car updates on.",
  })
  @IsOptional()
  status?: CarStatus;

  @Field(() => String, { nullable: true, description: "Where it is (building, row, slot), up to 80 characters." })
  @IsOptional()
  @MaxLength(80, { message: "Location is at most 80 characters" })
  location?: string | null;
}
