import { asc, desc, eq, sql } from "drizzle-orm";
import { type Database, preparedRead, type Tables, type WriteDb } from "../../db/database.js";
import { returnedRow } from "../../db/rows.js";
import { FacilityScope } from "../../db/tenancy.js";
import { badInput, notFound } from "../../lib/domain-error.js";
import { emptyToNull } from "../../lib/text.js";
import { fileUrl } from "../files/file.service.js";

/** What a history entry records: the schema's `carEventKinds` (`toCarEvent` and the inserts check both ways). */
export enum CarEventKind {
  MOVED = "MOVED",
  WASHED = "WASHED",
  SERVICED = "SERVICED",
  BATTERY_TENDED = "BATTERY_TENDED",
  PICKED_UP = "PICKED_UP",
  DROPPED_OFF = "DROPPED_OFF",
  STATUS_CHANGED = "STATUS_CHANGED",
  NOTE = "NOTE",
}

export type PhotoView = {
  id: string;
  url: string;
  thumbnailUrl: string;
  width: number | null;
  height: number | null;
  caption: string | null;
};

export type CarEventView = {
  id: string;
  kind: CarEventKind;
  notes: string | null;
  happenedAt: Date;
  /** Who recorded it; null where the viewer is not staff. */
  recordedBy: string | null;
};

export type ConditionReportView = {
  id: string;
  inspectedOn: string;
  inspector: string;
  odometer: number | null;
  notes: string | null;
  photos: PhotoView[];
};

type PhotoRow = Pick<Tables["carPhotos"]["$inferSelect"], "id" | "fileId" | "thumbnailFileId"> & {
  width: number | null;
  height: number | null;
  caption: string | null;
};

const toPhoto = (r: PhotoRow): PhotoView => ({
  id: String(r.id),
  url: fileUrl(r.fileId),
  thumbnailUrl: fileUrl(r.thumbnailFileId),
  width: r.width,
  height: r.height,
  caption: r.caption,
});

// A car page reads its photos, history and reports on every request: each prepared once.
const photosOfCarRead = preparedRead(
  "photos_of_car",
  (db, t) =>
    db
      .select({
        id: t.carPhotos.id,
        fileId: t.carPhotos.fileId,
        thumbnailFileId: t.carPhotos.thumbnailFileId,
        width: t.carPhotos.width,
        height: t.carPhotos.height,
        caption: t.carPhotos.caption,
      })
      .from(t.carPhotos)
      .where(FacilityScope.preparedWhere(t.carPhotos, eq(t.carPhotos.carId, sql.placeholder("carId"))))
      .orderBy(desc(t.carPhotos.id)),
  { keyed: true },
);

export async function photosOfCar(data: Database, scope: FacilityScope, carId: number): Promise<PhotoView[]> {
  const rows = await photosOfCarRead(data).execute(scope.values({ carId }));
  return rows.map(toPhoto);
}

const carEventColumns = (t: Tables) => ({
  id: t.carEvents.id,
  kind: t.carEvents.kind,
  notes: t.carEvents.notes,
  happenedAt: t.carEvents.happenedAt,
  staffName: t.staffUsers.name,
});

type CarEventRow = {
  id: number;
  kind: Tables["carEvents"]["$inferSelect"]["kind"];
  notes: string | null;
  happenedAt: Date;
  staffName: string | null;
};

const toCarEvent = (r: CarEventRow, withStaff: boolean): CarEventView => ({
  id: String(r.id),
  kind: CarEventKind[r.kind],
  notes: r.notes,
  happenedAt: r.happenedAt,
  recordedBy: withStaff ? r.staffName : null,
});

const eventsOfCarRead = preparedRead(
  "events_of_car",
  (db, t) =>
    db
      .select(carEventColumns(t))
      .from(t.carEvents)
      .leftJoin(t.staffUsers, eq(t.staffUsers.id, t.carEvents.staffUserId))
      .where(FacilityScope.preparedWhere(t.carEvents, eq(t.carEvents.carId, sql.placeholder("carId"))))
      .orderBy(desc(t.carEvents.happenedAt), desc(t.carEvents.id))
      .limit(200),
  { keyed: true },
);

export async function eventsOfCar(
  data: Database,
  scope: FacilityScope,
  carId: number,
  withStaff: boolean,
): Promise<CarEventView[]> {
  const rows = await eventsOfCarRead(data).execute(scope.values({ carId }));
  return rows.map((r) => toCarEvent(r, withStaff));
}

/** One history entry as staff see it (who recorded it included). */
export async function getCarEvent(data: Database, scope: FacilityScope, eventId: number): Promise<CarEventView> {
  const { t } = data;
  const [row] = await data.read
    .select(carEventColumns(t))
    .from(t.carEvents)
    .leftJoin(t.staffUsers, eq(t.staffUsers.id, t.carEvents.staffUserId))
    .where(scope.where(t.carEvents, eq(t.carEvents.id, eventId)));
  if (!row) throw notFound("History entry");
  return toCarEvent(row, true);
}

const reportsOfCarRead = preparedRead(
  "reports_of_car",
  (db, t) =>
    db
      .select({
        id: t.conditionReports.id,
        inspectedOn: t.conditionReports.inspectedOn,
        inspector: t.conditionReports.inspector,
        odometer: t.conditionReports.odometer,
        notes: t.conditionReports.notes,
      })
      .from(t.conditionReports)
      .where(FacilityScope.preparedWhere(t.conditionReports, eq(t.conditionReports.carId, sql.placeholder("carId"))))
      .orderBy(desc(t.conditionReports.inspectedOn), desc(t.conditionReports.id)),
  { keyed: true },
);

const reportPhotosOfCarRead = preparedRead(
  "report_photos_of_car",
  (db, t) =>
    db
      .select({
        id: t.conditionReportPhotos.id,
        reportId: t.conditionReportPhotos.reportId,
        fileId: t.conditionReportPhotos.fileId,
        thumbnailFileId: t.conditionReportPhotos.thumbnailFileId,
      })
      .from(t.conditionReportPhotos)
      .innerJoin(t.conditionReports, eq(t.conditionReports.id, t.conditionReportPhotos.reportId))
      .where(FacilityScope.preparedWhere(t.conditionReports, eq(t.conditionReports.carId, sql.placeholder("carId"))))
      .orderBy(asc(t.conditionReportPhotos.id)),
  { keyed: true },
);

/** A car's reports with their photos: two statements, whatever the number of reports. */
export async function reportsOfCar(
  data: Database,
  scope: FacilityScope,
  carId: number,
): Promise<ConditionReportView[]> {
  const values = scope.values({ carId });
  const [reports, photos] = await Promise.all([
    reportsOfCarRead(data).execute(values),
    reportPhotosOfCarRead(data).execute(values),
  ]);
  return reports.map((r) => ({
    ...r,
    id: String(r.id),
    photos: photos
      .filter((p) => p.reportId === r.id)
      .map((p) => toPhoto({ ...p, width: null, height: null, caption: null })),
  }));
}

async function assertCarInScope(tx: WriteDb, t: Tables, scope: FacilityScope, carId: number): Promise<void> {
  const [car] = await tx
    .select({ id: t.cars.id })
    .from(t.cars)
    .where(scope.where(t.cars, eq(t.cars.id, carId)));
  if (!car) throw notFound("Car");
}

type CarEventValues = { kind: CarEventKind; notes?: string | null; happenedAt?: Date | null };

function carEventAt(input: CarEventValues, now: Date): Date {
  const at = input.happenedAt ?? now;
  if (at.getTime() > now.getTime() + 60_000) {
    throw badInput("History entries cannot be in the future", { happenedAt: "Pick a time that has passed" });
  }
  return at;
}

export async function addCarEvent(
  data: Database,
  staff: { scope: FacilityScope; userId: number },
  carId: number,
  input: CarEventValues,
  now: Date,
): Promise<number> {
  const happenedAt = carEventAt(input, now);
  const { t } = data;
  return data.transaction(async (tx) => {
    await assertCarInScope(tx, t, staff.scope, carId);
    const row = returnedRow(
      await tx
        .insert(t.carEvents)
        .values({
          facilityId: staff.scope.facilityId,
          carId,
          kind: input.kind,
          notes: emptyToNull(input.notes),
          happenedAt,
          staffUserId: staff.userId,
          createdAt: now,
        })
        .returning({ id: t.carEvents.id }),
    );
    return row.id;
  });
}

type ConditionReportValues = {
  inspectedOn: string;
  inspector: string;
  odometer?: number | null;
  notes?: string | null;
};

function checkInspectedOn(input: ConditionReportValues): void {
  if (Number.isNaN(new Date(`${input.inspectedOn}T00:00:00Z`).getTime())) {
    throw badInput("Use a real date", { inspectedOn: "Use a real date" });
  }
}

const reportColumns = (t: Tables) => ({
  id: t.conditionReports.id,
  inspectedOn: t.conditionReports.inspectedOn,
  inspector: t.conditionReports.inspector,
  odometer: t.conditionReports.odometer,
  notes: t.conditionReports.notes,
});

export async function addConditionReport(
  data: Database,
  scope: FacilityScope,
  carId: number,
  input: ConditionReportValues,
  now: Date,
): Promise<ConditionReportView> {
  checkInspectedOn(input);
  const { t } = data;
  return data.transaction(async (tx) => {
    await assertCarInScope(tx, t, scope, carId);
    const row = returnedRow(
      await tx
        .insert(t.conditionReports)
        .values({
          facilityId: scope.facilityId,
          carId,
          inspectedOn: input.inspectedOn,
          inspector: input.inspector.trim(),
          odometer: input.odometer ?? null,
          notes: emptyToNull(input.notes),
          createdAt: now,
        })
        .returning(reportColumns(t)),
    );
    // Photos follow by upload, once the report exists.
    return { ...row, id: String(row.id), photos: [] };
  });
}

/** Deletes the scope's row of table by id; false when there was none (or it is another facility's). */
async function removeScoped(
  data: Database,
  scope: FacilityScope,
  table: Tables["carEvents"] | Tables["conditionReports"] | Tables["carPhotos"],
  id: number,
): Promise<boolean> {
  const removed = await data.transaction((tx) =>
    tx
      .delete(table)
      .where(scope.where(table, eq(table.id, id)))
      .returning({ id: table.id }),
  );
  return removed.length > 0;
}

export async function removeCarEvent(data: Database, scope: FacilityScope, eventId: number): Promise<void> {
  if (!(await removeScoped(data, scope, data.t.carEvents, eventId))) throw notFound("History entry");
}

export async function removeConditionReport(data: Database, scope: FacilityScope, reportId: number): Promise<void> {
  if (!(await removeScoped(data, scope, data.t.conditionReports, reportId))) throw notFound("Condition report");
}

export async function removeCarPhoto(data: Database, scope: FacilityScope, photoId: number): Promise<void> {
  if (!(await removeScoped(data, scope, data.t.carPhotos, photoId))) throw notFound("Photo");
}
