import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { fileUrl } from "../files/file.service.js";
import { type CarRow, CarStatus } from "./car.service.js";

registerEnumType(CarStatus, { name: "CarStatus" });

@ObjectType({ description: "A car or boat the facility looks after." })
export class Car {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { nullable: true })
  year: number | null;

  @Field()
  make: string;

  @Field()
  model: string;

  @Field({ description: "Year, make and model, as shown in lists." })
  displayName: string;

  @Field(() => String, { nullable: true, description: "VIN or hull id." })
  vin: string | null;

  @Field(() => String, { nullable: true })
  plate: string | null;

  @Field(() => String, { nullable: true })
  color: string | null;

  @Field(() => CarStatus)
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
