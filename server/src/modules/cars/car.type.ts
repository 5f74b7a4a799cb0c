import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { fileUrl } from "../files/file.service.js";
import { type CarRow, CarStatus } from "./car.service.js";

registerEnumType(CarStatus, {
  name: "CarStatus",
  description: "Where a car is, as the facility tracks it.",
  valuesConfig: {
    IN_STORAGE: { description: "Stored at the facility." },
    OUT: { description: "With the customer, away from the facility." },
    IN_SERVICE: { description: "Being worked on." },
    IN_TRANSIT: { description: "Being moved to or from the facility." },
  },
});

@ObjectType({ description: "A car or boat the facility looks after." })
export class Car {
  @Field(() => ID, { description: "The car's ID." })
  id: string;

  @Field(() => Int, { nullable: true, description: "Model year; null when unknown." })
  year: number | null;

  @Field({ description: "Make, e.g. Porsche or Hinckley." })
  make: string;

  @Field({ description: "Model, e.g. 911 Carrera." })
  model: string;

  @Field({ description: "Year, make and model, as shown in lists." })
  displayName: string;

  @Field(() => String, { nullable: true, description: "VIN or hull id." })
  vin: string | null;

  @Field(() => String, { nullable: true, description: "Licence plate or registration number; null when none." })
  plate: string | null;

  @Field(() => String, { nullable: true, description: "Colour, free text; null when not recorded." })
  color: string | null;

  @Field(() => CarStatus, { description: "Where the car is now." })
  status: CarStatus;

  @Field(() => String, { nullable: true, description: "Where it is: building, row, slot." })
  location: string | null;

  @Field(() => String, { nullable: true, description: "Thumbnail of the newest photo, for lists." })
  coverThumbnailUrl: string | null;

  /** For field resolvers: the car's row id and facility. */
  rowId: number;
  facilityId: number;

  static from(row: CarRow): Car {
    return Object.assign(new Car(), {
      id: String(row.id),
      year: row.year,
      make: row.make,
      model: row.model,
      displayName: [row.year, row.make, row.model].filter(Boolean).join(" "),
      vin: row.vin,
      plate: row.plate,
      color: row.color,
      status: CarStatus[row.status],
      location: row.location,
      coverThumbnailUrl: row.coverThumbnailFileId ? fileUrl(row.coverThumbnailFileId) : null,
      rowId: row.id,
      facilityId: row.facilityId,
    });
  }
}
