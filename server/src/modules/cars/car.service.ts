import { and, asc, eq, getTableColumns, sql } from "drizzle-orm";
import type { Config } from "../../config.js";
import { type Db, writeTransaction } from "../../db/client.js";
import { carEvents, cars } from "../../db/schema.js";
import { badInput, notFound } from "../../graphql/errors.js";
import { emptyToNull } from "../../lib/text.js";
import { assertCustomerInFacility } from "../customers/customer.service.js";
import { notify } from "../notifications/notify.js";
import type { CarInput } from "./car.inputs.js";
import type { CarRow } from "./car.type.js";

/** A customer's cars with each one's newest photo as its cover, in one statement. */
export function carsOfCustomer(db: Db, facilityId: number, customerId: number): CarRow[] {
  return db
    .select({ ...getTableColumns(cars), coverThumbnailFileId: coverThumbnail })
    .from(cars)
    .where(and(eq(cars.facilityId, facilityId), eq(cars.customerId, customerId)))
    .orderBy(asc(cars.id))
    .all();
}

// Written out in full: drizzle prints ${cars.id} unqualified inside a subquery, where "id" is the photo's.
const coverThumbnail = sql<
  number | null
>`(SELECT thumbnail_file_id FROM car_photos p WHERE p.car_id = "cars"."id" ORDER BY p.id DESC LIMIT 1)`;

/** One car of a customer (the portal's car page), or NOT_FOUND. */
export function carOfCustomer(db: Db, facilityId: number, customerId: number, carId: number): CarRow {
  const row = db
    .select({ ...getTableColumns(cars), coverThumbnailFileId: coverThumbnail })
    .from(cars)
    .where(and(eq(cars.id, carId), eq(cars.facilityId, facilityId), eq(cars.customerId, customerId)))
    .get();
  if (!row) throw notFound("Car");
  return row;
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

/** Saves a car; a new status is also written to the car's history, so the portal shows when it changed. */
export function updateCar(
  db: Db,
  config: Pick<Config, "publicUrl">,
  staff: { facilityId: number; userId: number },
  carId: number,
  input: CarInput,
  now: Date,
): CarRow {
  const row = values(input);
  return writeTransaction(db, (tx) => {
    const current = tx
      .select({ status: cars.status })
      .from(cars)
      .where(and(eq(cars.id, carId), eq(cars.facilityId, staff.facilityId)))
      .get();
    if (!current) throw notFound("Car");
    const updated = tx.update(cars).set(row).where(eq(cars.id, carId)).returning().get();
    if (current.status !== updated.status) {
      tx.insert(carEvents)
        .values({
          facilityId: staff.facilityId,
          carId,
          kind: "STATUS_CHANGED",
          notes: `${STATUS_LABELS[current.status]} → ${STATUS_LABELS[updated.status]}`,
          happenedAt: now,
          staffUserId: staff.userId,
          createdAt: now,
        })
        .run();
      const name = [updated.year, updated.make, updated.model].filter(Boolean).join(" ");
      notify(
        tx,
        config,
        {
          facilityId: staff.facilityId,
          customerId: updated.customerId,
          kind: "carUpdates",
          outboxKind: "CAR_UPDATE",
          now,
        },
        {
          subject: `${name}: ${STATUS_LABELS[updated.status].toLowerCase()}`,
          title: `Your ${name} is ${STATUS_LABELS[updated.status].toLowerCase()}`,
          lines: [`Status: ${STATUS_LABELS[current.status]} → ${STATUS_LABELS[updated.status]}.`],
          action: { label: "See your car", path: `/portal/vehicles/${carId}` },
        },
      );
    }
    return updated;
  });
}

export const STATUS_LABELS: Record<CarRow["status"], string> = {
  IN_STORAGE: "In storage",
  OUT: "Out",
  IN_SERVICE: "In service",
  IN_TRANSIT: "In transit",
};

export function removeCar(db: Db, facilityId: number, carId: number): void {
  const result = db
    .delete(cars)
    .where(and(eq(cars.id, carId), eq(cars.facilityId, facilityId)))
    .run();
  if (result.changes === 0) throw notFound("Car");
}
