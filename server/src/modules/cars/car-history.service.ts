import { type Db, writeTransaction } from "../../db/client.js";
import { badInput, notFound } from "../../graphql/errors.js";
import { emptyToNull } from "../../lib/text.js";
import { fileUrl } from "../files/file.service.js";
import { type CarEvent, CarEventKind, type ConditionReport, type Photo } from "./car-history.type.js";

type PhotoRow = {
  id: number;
  file_id: number;
  thumbnail_file_id: number;
  width: number | null;
  height: number | null;
  caption: string | null;
};

const toPhoto = (r: PhotoRow): Photo => ({
  id: String(r.id),
  url: fileUrl(r.file_id),
  thumbnailUrl: fileUrl(r.thumbnail_file_id),
  width: r.width,
  height: r.height,
  caption: r.caption,
});

export function photosOfCar(db: Db, carId: number): Photo[] {
  return (
    db.$client.prepare("SELECT * FROM car_photos WHERE car_id = ? ORDER BY id DESC").all(carId) as PhotoRow[]
  ).map(toPhoto);
}

type CarEventRow = {
  id: number;
  kind: CarEventKind;
  notes: string | null;
  happened_at: number;
  staff_name: string | null;
};

const selectCarEvents = `SELECT e.id, e.kind, e.notes, e.happened_at, s.name AS staff_name
  FROM car_events e LEFT JOIN staff_users s ON s.id = e.staff_user_id`;

const toCarEvent = (r: CarEventRow, withStaff: boolean): CarEvent => ({
  id: String(r.id),
  kind: r.kind,
  notes: r.notes,
  happenedAt: new Date(r.happened_at),
  recordedBy: withStaff ? r.staff_name : null,
});

export function eventsOfCar(db: Db, carId: number, withStaff: boolean): CarEvent[] {
  const rows = db.$client
    .prepare(`${selectCarEvents} WHERE e.car_id = ? ORDER BY e.happened_at DESC, e.id DESC LIMIT 200`)
    .all(carId) as CarEventRow[];
  return rows.map((r) => toCarEvent(r, withStaff));
}

/** One history entry as staff see it (who recorded it included). */
export function getCarEvent(db: Db, facilityId: number, eventId: number): CarEvent {
  const row = db.$client.prepare(`${selectCarEvents} WHERE e.id = ? AND e.facility_id = ?`).get(eventId, facilityId) as
    | CarEventRow
    | undefined;
  if (!row) throw notFound("History entry");
  return toCarEvent(row, true);
}

/** A car's reports with their photos: two statements, whatever the number of reports. */
export function reportsOfCar(db: Db, carId: number): ConditionReport[] {
  const reports = db.$client
    .prepare("SELECT * FROM condition_reports WHERE car_id = ? ORDER BY inspected_on DESC, id DESC")
    .all(carId) as Array<{
    id: number;
    inspected_on: string;
    inspector: string;
    odometer: number | null;
    notes: string | null;
  }>;
  const photos = db.$client
    .prepare(
      `SELECT p.id, p.report_id, p.file_id, p.thumbnail_file_id, NULL AS width, NULL AS height, NULL AS caption
       FROM condition_report_photos p JOIN condition_reports r ON r.id = p.report_id WHERE r.car_id = ? ORDER BY p.id`,
    )
    .all(carId) as Array<PhotoRow & { report_id: number }>;
  return reports.map((r) => ({
    id: String(r.id),
    inspectedOn: r.inspected_on,
    inspector: r.inspector,
    odometer: r.odometer,
    notes: r.notes,
    photos: photos.filter((p) => p.report_id === r.id).map(toPhoto),
  }));
}

function carOfFacility(tx: Db, facilityId: number, carId: number) {
  const car = tx.$client
    .prepare("SELECT id, customer_id FROM cars WHERE id = ? AND facility_id = ?")
    .get(carId, facilityId) as { id: number; customer_id: number } | undefined;
  if (!car) throw notFound("Car");
  return car;
}

export function addCarEvent(
  db: Db,
  staff: { facilityId: number; userId: number },
  carId: number,
  input: { kind: CarEventKind; notes?: string | null; happenedAt?: Date | null },
  now: Date,
): number {
  const at = input.happenedAt ?? now;
  if (at.getTime() > now.getTime() + 60_000) {
    throw badInput("History entries cannot be in the future", { happenedAt: "Pick a time that has passed" });
  }
  return writeTransaction(db, (tx) => {
    carOfFacility(tx, staff.facilityId, carId);
    const row = tx.$client
      .prepare(
        "INSERT INTO car_events (facility_id, car_id, kind, notes, happened_at, staff_user_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
      )
      .get(
        staff.facilityId,
        carId,
        input.kind,
        emptyToNull(input.notes),
        at.getTime(),
        staff.userId,
        now.getTime(),
      ) as {
      id: number;
    };
    return row.id;
  });
}

export function removeCarEvent(db: Db, facilityId: number, eventId: number): void {
  const result = db.$client.prepare("DELETE FROM car_events WHERE id = ? AND facility_id = ?").run(eventId, facilityId);
  if (result.changes === 0) throw notFound("History entry");
}

export function addConditionReport(
  db: Db,
  facilityId: number,
  carId: number,
  input: { inspectedOn: string; inspector: string; odometer?: number | null; notes?: string | null },
  now: Date,
): ConditionReport {
  if (Number.isNaN(new Date(`${input.inspectedOn}T00:00:00Z`).getTime())) {
    throw badInput("Use a real date", { inspectedOn: "Use a real date" });
  }
  return writeTransaction(db, (tx) => {
    carOfFacility(tx, facilityId, carId);
    const row = tx.$client
      .prepare(
        `INSERT INTO condition_reports (facility_id, car_id, inspected_on, inspector, odometer, notes, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id, inspected_on, inspector, odometer, notes`,
      )
      .get(
        facilityId,
        carId,
        input.inspectedOn,
        input.inspector.trim(),
        input.odometer ?? null,
        emptyToNull(input.notes),
        now.getTime(),
      ) as { id: number; inspected_on: string; inspector: string; odometer: number | null; notes: string | null };
    // Photos follow by upload, once the report exists.
    return {
      id: String(row.id),
      inspectedOn: row.inspected_on,
      inspector: row.inspector,
      odometer: row.odometer,
      notes: row.notes,
      photos: [],
    };
  });
}

export function removeConditionReport(db: Db, facilityId: number, reportId: number): void {
  const result = db.$client
    .prepare("DELETE FROM condition_reports WHERE id = ? AND facility_id = ?")
    .run(reportId, facilityId);
  if (result.changes === 0) throw notFound("Condition report");
}

export function removeCarPhoto(db: Db, facilityId: number, photoId: number): void {
  const result = db.$client.prepare("DELETE FROM car_photos WHERE id = ? AND facility_id = ?").run(photoId, facilityId);
  if (result.changes === 0) throw notFound("Photo");
}

export { CarEventKind };
