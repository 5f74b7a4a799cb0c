import { and, asc, eq } from "drizzle-orm";
import { type Db, writeTransaction } from "../../db/client.js";
import { cars } from "../../db/schema.js";
import { badInput, notFound } from "../../graphql/errors.js";
import { emptyToNull } from "../../lib/text.js";
import { assertCustomerInFacility } from "../customers/customer.service.js";
import type { CarInput } from "./car.inputs.js";
import type { CarRow } from "./car.type.js";

export function carsOfCustomer(db: Db, facilityId: number, customerId: number): CarRow[] {
  return db
    .select()
    .from(cars)
    .where(and(eq(cars.facilityId, facilityId), eq(cars.customerId, customerId)))
    .orderBy(asc(cars.id))
    .all();
}

function values(input: CarInput) {
  const make = input.make.trim();
  const model = input.model.trim();
  if (!make) throw badInput("Enter the make", { make: "Enter the make" });
  if (!model) throw badInput("Enter the model", { model: "Enter the model" });
  return {
    year: input.year ?? null,
    make,
    model,
    vin: emptyToNull(input.vin)?.toUpperCase() ?? null,
    plate: emptyToNull(input.plate)?.toUpperCase() ?? null,
    color: emptyToNull(input.color),
    status: (input.status ?? "IN_STORAGE") as CarRow["status"],
    location: emptyToNull(input.location),
  };
}

export function addCar(db: Db, facilityId: number, customerId: number, input: CarInput, now: Date): CarRow {
  const row = values(input);
  return writeTransaction(db, (tx) => {
    assertCustomerInFacility(tx, facilityId, customerId);
    return tx
      .insert(cars)
      .values({ ...row, facilityId, customerId, createdAt: now })
      .returning()
      .get();
  });
}

export function updateCar(db: Db, facilityId: number, carId: number, input: CarInput): CarRow {
  const row = values(input);
  const updated = db
    .update(cars)
    .set(row)
    .where(and(eq(cars.id, carId), eq(cars.facilityId, facilityId)))
    .returning()
    .get();
  if (!updated) throw notFound("Car");
  return updated;
}

export function removeCar(db: Db, facilityId: number, carId: number): void {
  const result = db
    .delete(cars)
    .where(and(eq(cars.id, carId), eq(cars.facilityId, facilityId)))
    .run();
  if (result.changes === 0) throw notFound("Car");
}
