import { asc, eq, getTableColumns, sql } from "drizzle-orm";
import type { Config } from "../../config.js";
import { type Database, preparedRead, type Tables, type WriteDb } from "../../db/database.js";
import { returnedRow } from "../../db/rows.js";
import { FacilityScope } from "../../db/tenancy.js";
import { badInput, notFound } from "../../lib/domain-error.js";
import { emptyToNull } from "../../lib/text.js";
import { notify } from "../notifications/notify.service.js";

/** Where a car is; the values are the schema's `carStatuses` (the inserts and `Car.from` check both ways). */
export enum CarStatus {
  IN_STORAGE = "IN_STORAGE",
  OUT = "OUT",
  IN_SERVICE = "IN_SERVICE",
  IN_TRANSIT = "IN_TRANSIT",
}

/** A car as the reads answer it: its row, plus the newest photo's thumbnail where the read picks it. */
export type CarRow = Tables["cars"]["$inferSelect"] & { coverThumbnailFileId?: number | null };

/** A car's details as staff enter them, for add and edit. */
export type CarValues = {
  year?: number | null;
  make: string;
  model: string;
  vin?: string | null;
  plate?: string | null;
  color?: string | null;
  status?: CarStatus;
  location?: string | null;
};

// Written out in full: drizzle prints ${cars.id} unqualified inside a subquery, where "id" is the photo's.
const coverThumbnail = sql<
  number | null
>`(SELECT thumbnail_file_id FROM car_photos p WHERE p.car_id = "cars"."id" ORDER BY p.id DESC LIMIT 1)`;

// The customer page, the portal's vehicles list and every car page run these: prepared once.
const carsOfCustomerRead = preparedRead(
  "cars_of_customer",
  (db, t) =>
    db
      .select({ ...getTableColumns(t.cars), coverThumbnailFileId: coverThumbnail })
      .from(t.cars)
      .where(FacilityScope.preparedWhere(t.cars, eq(t.cars.customerId, sql.placeholder("customerId"))))
      .orderBy(asc(t.cars.id)),
  { keyed: true },
);

const carOfCustomerRead = preparedRead(
  "car_of_customer",
  (db, t) =>
    db
      .select({ ...getTableColumns(t.cars), coverThumbnailFileId: coverThumbnail })
      .from(t.cars)
      .where(
        FacilityScope.preparedWhere(
          t.cars,
          eq(t.cars.id, sql.placeholder("carId")),
          eq(t.cars.customerId, sql.placeholder("customerId")),
        ),
      ),
  { keyed: true },
);

const carOfFacilityRead = preparedRead(
  "car_of_facility",
  (db, t) =>
    db
      .select({ ...getTableColumns(t.cars), coverThumbnailFileId: coverThumbnail })
      .from(t.cars)
      .where(FacilityScope.preparedWhere(t.cars, eq(t.cars.id, sql.placeholder("carId")))),
  { keyed: true },
);

/** A customer's cars with each one's newest photo as its cover, in one statement. */
export async function carsOfCustomer(data: Database, scope: FacilityScope, customerId: number): Promise<CarRow[]> {
  return carsOfCustomerRead(data).execute(scope.values({ customerId }));
}

/** One car of a customer (the portal's car page), or NOT_FOUND. */
export async function carOfCustomer(
  data: Database,
  scope: FacilityScope,
  customerId: number,
  carId: number,
): Promise<CarRow> {
  const [row] = await carOfCustomerRead(data).execute(scope.values({ customerId, carId }));
  if (!row) throw notFound("Car");
  return row;
}

/** One car of the facility (the staff car page), or NOT_FOUND. */
export async function carOfFacility(data: Database, scope: FacilityScope, carId: number): Promise<CarRow> {
  const [row] = await carOfFacilityRead(data).execute(scope.values({ carId }));
  if (!row) throw notFound("Car");
  return row;
}

function values(input: CarValues) {
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
    status: input.status ?? CarStatus.IN_STORAGE,
    location: emptyToNull(input.location),
  } satisfies Partial<CarRow>;
}

/** Throws NOT_FOUND unless the customer is the scope's: a foreign id answers like a missing one. */
async function assertCustomerInScope(tx: WriteDb, t: Database["t"], scope: FacilityScope, customerId: number) {
  const [owner] = await tx
    .select({ id: t.customers.id })
    .from(t.customers)
    .where(scope.where(t.customers, eq(t.customers.id, customerId)));
  if (!owner) throw notFound("Customer");
}

export async function addCar(
  data: Database,
  scope: FacilityScope,
  customerId: number,
  input: CarValues,
  now: Date,
): Promise<CarRow> {
  const row = values(input);
  const { t } = data;
  return data.transaction(async (tx) => {
    await assertCustomerInScope(tx, t, scope, customerId);
    return returnedRow(
      await tx
        .insert(t.cars)
        .values({ ...row, facilityId: scope.facilityId, customerId, createdAt: now })
        .returning(),
    );
  });
}

/**
 * Saves a car; a new status is also written to the car's history, so the portal shows when it changed,
 * and the customer's people who want car updates are notified in the same transaction.
 */
export async function updateCar(
  deps: { data: Database; config: Pick<Config, "publicUrl"> },
  staff: { scope: FacilityScope; userId: number },
  carId: number,
  input: CarValues,
  now: Date,
): Promise<CarRow> {
  const row = values(input);
  const { data, config } = deps;
  const { t } = data;
  const { scope } = staff;
  return data.transaction(async (tx) => {
    // Locked until the transaction ends: the status before decides whether a change is recorded and
    // announced, so two staff moving the car at once record it once (on PostgreSQL too).
    const [current] = await data.dialect.forUpdate(
      tx
        .select({ status: t.cars.status })
        .from(t.cars)
        .where(scope.where(t.cars, eq(t.cars.id, carId))),
    );
    if (!current) throw notFound("Car");
    const updated = returnedRow(await tx.update(t.cars).set(row).where(eq(t.cars.id, carId)).returning());
    if (current.status !== updated.status) {
      await tx.insert(t.carEvents).values({
        facilityId: scope.facilityId,
        carId,
        kind: "STATUS_CHANGED",
        notes: `${STATUS_LABELS[current.status]} → ${STATUS_LABELS[updated.status]}`,
        happenedAt: now,
        staffUserId: staff.userId,
        createdAt: now,
      });
      const name = [updated.year, updated.make, updated.model].filter(Boolean).join(" ");
      await notify(
        tx,
        t,
        config,
        {
          scope,
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

export async function removeCar(data: Database, scope: FacilityScope, carId: number): Promise<void> {
  const { t } = data;
  const removed = await data.transaction((tx) =>
    tx
      .delete(t.cars)
      .where(scope.where(t.cars, eq(t.cars.id, carId)))
      .returning({ id: t.cars.id }),
  );
  if (removed.length === 0) throw notFound("Car");
}
