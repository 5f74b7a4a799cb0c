import { and, asc, eq, gt, inArray, isNull, lt, or, sql } from "drizzle-orm";
import type { Database, WriteDb } from "../../db/database.js";
import { preparedInTransaction, preparedRowsInsert } from "../../db/prepared-in-transaction.js";
import { FacilityScope } from "../../db/tenancy.js";
import { phoneSearchDigits } from "../../lib/phone.js";
import { createPollLoop } from "../../lib/poll-loop.js";
import { recordAudit } from "../audit/audit.service.js";
import { lockEmailKeysAtFacility } from "../customers/customer.service.js";
import type { ServiceDeps } from "../service-deps.js";
import { queueCustomersCreated } from "../webhooks/webhooks.service.js";
import { IMPORT_CHUNK, purgeStaleImportPreviews } from "./customer-import.service.js";

/** The default lease, renewed with every chunk (the bulk invite's, BULK_INVITE_LEASE_SECONDS). */
export const IMPORT_LEASE_MS = 60_000;

type RunnerDeps = Pick<ServiceDeps, "data" | "clock" | "logger"> & {
  pollMs?: number;
  /** How long a claim on a job lasts without a chunk done: after a crash, another runner resumes it then. */
  leaseMs?: number;
};

/** A job this runner holds, with the lease it set: the lease is its claim, checked before each chunk. */
type Job = { id: number; facilityId: number; staffUserId: number; leaseUntil: Date; afterLine: number };

type ChunkOutcome = { kind: "MORE"; leaseUntil: Date; afterLine: number } | { kind: "DONE" } | { kind: "LOST" };
type ChunkResult = { chunks: number; more: boolean };

type Row = Database["t"]["customerImportRows"]["$inferSelect"];

const insertCustomers = preparedRowsInsert("customer_import_customers_insert", (t) => ({
  table: t.customers,
  columns: [
    "facilityId",
    "name",
    "sortName",
    "email",
    "phone",
    "phoneDigits",
    "address",
    "notes",
    "createdAt",
    "updatedAt",
  ],
  returning: { id: t.customers.id },
}));

const insertCars = preparedRowsInsert("customer_import_cars_insert", (t) => ({
  table: t.cars,
  columns: ["facilityId", "customerId", "make", "model", "year", "plate", "color", "vin", "createdAt"],
}));

/** Rows created, each with its customer: the ids one parameter, the customers one JSON object by row id. */
const settleCreated = preparedInTransaction("customer_import_rows_created", (tx, t, dialect) =>
  tx
    .update(t.customerImportRows)
    .set({
      result: "CREATED",
      customerId: sql`CAST(${dialect.jsonLookup(sql.placeholder("customers"), t.customerImportRows.id)} AS INTEGER)`,
    })
    .where(
      and(dialect.inList(t.customerImportRows.id, sql.placeholder("ids")), eq(t.customerImportRows.result, "PENDING")),
    ),
);

/** Rows skipped, with the reason found now, else the preview's. */
const settleSkipped = preparedInTransaction("customer_import_rows_skipped", (tx, t, dialect) =>
  tx
    .update(t.customerImportRows)
    .set({
      result: "SKIPPED",
      detail: sql`COALESCE(${dialect.jsonLookup(sql.placeholder("details"), t.customerImportRows.id)}, ${t.customerImportRows.detail})`,
    })
    .where(
      and(dialect.inList(t.customerImportRows.id, sql.placeholder("ids")), eq(t.customerImportRows.result, "PENDING")),
    ),
);

/**
 * Works through imports staff ran, in chunks of IMPORT_CHUNK lines, one short transaction per chunk,
 * on the same leased poll loop as the bulk invites (docs/decisions/0031-customer-import.md): one
 * runner holds a job at a time under a lease renewed by each chunk, so several servers import each
 * line once, and a stop hands the job back at once.
 */
export function createCustomerImportRunner(deps: RunnerDeps) {
  const { data, clock, logger } = deps;
  const { t, dialect } = data;
  const jobs = t.customerImportJobs;
  const rowsTable = t.customerImportRows;
  const leaseMs = deps.leaseMs ?? IMPORT_LEASE_MS;
  let held: Job | undefined;

  /** Takes the oldest running import nobody holds, under a lease. */
  async function claim(): Promise<Job | undefined> {
    const now = clock.now();
    const leaseUntil = new Date(now.getTime() + leaseMs);
    const [job] = await data.transaction(async (tx) => {
      const free = await dialect.forUpdate(
        tx
          .select({ id: jobs.id })
          .from(jobs)
          .where(and(eq(jobs.status, "RUNNING"), or(isNull(jobs.leaseUntil), lt(jobs.leaseUntil, now))))
          .orderBy(asc(jobs.id))
          .limit(1),
        { skipLocked: true },
      );
      if (free.length === 0) return [];
      return tx
        .update(jobs)
        .set({ leaseUntil })
        .where(
          and(
            inArray(
              jobs.id,
              free.map((j) => j.id),
            ),
            eq(jobs.status, "RUNNING"),
            or(isNull(jobs.leaseUntil), lt(jobs.leaseUntil, now)),
          ),
        )
        .returning({ id: jobs.id, facilityId: jobs.facilityId, staffUserId: jobs.createdByStaffId });
    });
    if (job) logger.info("customer import claimed", { jobId: job.id });
    return job && { ...job, leaseUntil, afterLine: 0 };
  }

  /**
   * The customers this chunk's first lines would create that the facility has by now (added since
   * the preview, by staff or another import): matched by email or phone, after taking the email
   * keys every customer save takes, so an add of the same address waits for this chunk or is seen.
   */
  async function addedSincePreview(tx: WriteDb, scope: FacilityScope, rows: Row[]) {
    const emails = [...new Set(rows.flatMap((r) => (r.email ? [r.email] : [])))].sort();
    const digits = [...new Set(rows.flatMap((r) => (r.phone ? [phoneSearchDigits(r.phone) ?? ""] : [])))];
    await lockEmailKeysAtFacility(data, scope.facilityId, emails);
    const c = t.customers;
    const found = [
      ...(emails.length
        ? await tx
            .select({ name: c.name, email: c.email, phoneDigits: c.phoneDigits })
            .from(c)
            .where(scope.where(c, dialect.inList(c.email, emails)))
        : []),
      ...(digits.length
        ? await tx
            .select({ name: c.name, email: c.email, phoneDigits: c.phoneDigits })
            .from(c)
            .where(scope.where(c, dialect.inList(c.phoneDigits, digits)))
        : []),
    ];
    const taken = new Map<string, string>();
    for (const f of found) {
      if (f.email) taken.set(`e:${f.email}`, f.name);
      if (f.phoneDigits) taken.set(`p:${f.phoneDigits}`, f.name);
    }
    return (r: Row) =>
      (r.email && taken.get(`e:${r.email}`)) || (r.phone && taken.get(`p:${phoneSearchDigits(r.phone)}`)) || null;
  }

  function processChunk(job: Job): Promise<ChunkOutcome> {
    return data.transaction(async (tx): Promise<ChunkOutcome> => {
      const now = clock.now();
      const leaseUntil = new Date(now.getTime() + leaseMs);
      // Renewed only while the lease is still this runner's; the update also locks the job's row
      // until the chunk commits, so no other runner claims it meanwhile.
      const renewed = await tx
        .update(jobs)
        .set({ leaseUntil })
        .where(and(eq(jobs.id, job.id), eq(jobs.status, "RUNNING"), eq(jobs.leaseUntil, job.leaseUntil)))
        .returning({ id: jobs.id });
      if (renewed.length === 0) return { kind: "LOST" };
      const scope = new FacilityScope(job.facilityId);
      const pending = (afterLine: number) =>
        dialect.forUpdate(
          tx
            .select()
            .from(rowsTable)
            .where(and(eq(rowsTable.jobId, job.id), gt(rowsTable.line, afterLine), eq(rowsTable.result, "PENDING")))
            .orderBy(asc(rowsTable.line))
            .limit(IMPORT_CHUNK),
          { skipLocked: true },
        );
      let rows = await pending(job.afterLine);
      if (rows.length === 0 && job.afterLine > 0) rows = await pending(0);
      if (rows.length === 0) {
        await finish(tx, job, now);
        return { kind: "DONE" };
      }
      const skipped = new Map<number, string | null>();
      const created = new Map<number, number>();
      // First lines of new customers, unless the facility has them by now.
      const taken = await addedSincePreview(
        tx,
        scope,
        rows.filter((r) => r.plan === "NEW_CUSTOMER"),
      );
      const toCreate: Row[] = [];
      for (const r of rows) {
        if (r.plan === "DUPLICATE" || r.plan === "ERROR") skipped.set(r.id, null);
        else if (r.plan === "NEW_CUSTOMER") {
          const holder = taken(r);
          if (holder) skipped.set(r.id, `Duplicate: ${holder} was added since the preview`);
          else toCreate.push(r);
        }
      }
      const ids = await insertCustomers(
        data,
        tx,
        toCreate.map((r) => {
          const name = r.name ?? "";
          return {
            facilityId: job.facilityId,
            name,
            sortName: name.toLowerCase(),
            email: r.email,
            phone: r.phone,
            phoneDigits: phoneSearchDigits(r.phone),
            address: r.address,
            notes: r.notes,
            createdAt: now,
            updatedAt: now,
          };
        }),
      );
      const customerOfLine = new Map<number, number>();
      const newCustomers = toCreate.map((r, i) => {
        const id = ids[i]?.id;
        if (id === undefined) throw new Error("customer insert returned fewer rows");
        created.set(r.id, id);
        customerOfLine.set(r.line, id);
        return { id, name: r.name ?? "", email: r.email, phone: r.phone };
      });
      await queueCustomersCreated(tx, data.t, job.facilityId, newCustomers, now);
      // A later line's customer came from an earlier chunk, or from this one.
      const earlier = [
        ...new Set(
          rows.flatMap((r) =>
            r.plan === "SAME_CUSTOMER" && r.groupLine !== null && !customerOfLine.has(r.groupLine) ? [r.groupLine] : [],
          ),
        ),
      ];
      if (earlier.length > 0) {
        const found = await tx
          .select({ line: rowsTable.line, customerId: rowsTable.customerId, result: rowsTable.result })
          .from(rowsTable)
          .where(and(eq(rowsTable.jobId, job.id), dialect.inList(rowsTable.line, earlier)));
        for (const f of found) if (f.result === "CREATED" && f.customerId) customerOfLine.set(f.line, f.customerId);
      }
      const cars: Array<{ row: Row; customerId: number }> = [];
      for (const r of rows) {
        if (r.plan !== "NEW_CUSTOMER" && r.plan !== "SAME_CUSTOMER") continue;
        if (skipped.has(r.id)) continue;
        const customerId = r.plan === "NEW_CUSTOMER" ? created.get(r.id) : customerOfLine.get(r.groupLine ?? -1);
        if (customerId === undefined) {
          skipped.set(r.id, `Skipped: the customer of line ${r.groupLine} was not created`);
          continue;
        }
        created.set(r.id, customerId);
        if (r.carMake && r.carModel) cars.push({ row: r, customerId });
      }
      await insertCars(
        data,
        tx,
        cars.map(({ row, customerId }) => ({
          facilityId: job.facilityId,
          customerId,
          make: row.carMake,
          model: row.carModel,
          year: row.carYear,
          plate: row.carPlate,
          color: row.carColor,
          vin: row.carVin,
          createdAt: now,
        })),
      );
      await settle(tx, created, skipped);
      await tx
        .update(jobs)
        .set({
          processed: sql`${jobs.processed} + ${rows.length}`,
          customersCreated: sql`${jobs.customersCreated} + ${toCreate.length}`,
          carsCreated: sql`${jobs.carsCreated} + ${cars.length}`,
          skipped: sql`${jobs.skipped} + ${skipped.size}`,
        })
        .where(eq(jobs.id, job.id));
      return { kind: "MORE", leaseUntil, afterLine: rows.reduce((last, r) => Math.max(last, r.line), 0) };
    });
  }

  /**
   * Settles the chunk's rows: created ones with their customer, skipped ones with the reason found
   * now (or the preview's). Two statements whatever the number of rows: per-row values come from one
   * JSON parameter each.
   */
  async function settle(tx: WriteDb, created: Map<number, number>, skipped: Map<number, string | null>) {
    if (created.size > 0) {
      const customers = Object.fromEntries([...created].map(([id, customerId]) => [id, String(customerId)]));
      await settleCreated(data, tx).execute({
        ids: dialect.listParam([...created.keys()]),
        customers: JSON.stringify(customers),
      });
    }
    if (skipped.size > 0) {
      const details = Object.fromEntries([...skipped].filter(([, d]) => d !== null));
      await settleSkipped(data, tx).execute({
        ids: dialect.listParam([...skipped.keys()]),
        details: JSON.stringify(details),
      });
    }
  }

  /** Finishes a running job once, with the audit line of what it imported, in the staff member's name. */
  async function finish(tx: WriteDb, job: Job, now: Date) {
    const done = await tx
      .update(jobs)
      .set({ status: "DONE", finishedAt: now, leaseUntil: null })
      .where(and(eq(jobs.id, job.id), eq(jobs.status, "RUNNING")))
      .returning({
        fileName: jobs.fileName,
        total: jobs.total,
        customersCreated: jobs.customersCreated,
        carsCreated: jobs.carsCreated,
        skipped: jobs.skipped,
      });
    const result = done[0];
    if (!result) return;
    const [staff] = await tx
      .select({ name: t.staffUsers.name })
      .from(t.staffUsers)
      .where(eq(t.staffUsers.id, job.staffUserId));
    const scope = new FacilityScope(job.facilityId, {
      kind: "STAFF",
      staffUserId: job.staffUserId,
      name: staff?.name ?? "Staff",
    });
    await recordAudit(tx, t, scope, now, {
      action: "CUSTOMERS_IMPORTED",
      subject: result.fileName ?? "CSV file",
      details: {
        customers: result.customersCreated,
        cars: result.carsCreated,
        skipped: result.skipped,
        lines: result.total,
      },
    });
  }

  async function batch(): Promise<ChunkResult> {
    if (!held) {
      await purgeStaleImportPreviews(data, clock.now());
      held = await claim();
      if (!held) return { chunks: 0, more: false };
    }
    const job = held;
    const outcome = await processChunk(job);
    if (outcome.kind !== "MORE") {
      if (outcome.kind === "LOST")
        logger.warn("customer import lease lapsed; another runner has it", { jobId: job.id });
      held = undefined;
      return { chunks: 0, more: true };
    }
    job.leaseUntil = outcome.leaseUntil;
    job.afterLine = outcome.afterLine;
    return { chunks: 1, more: true };
  }

  const loop = createPollLoop<ChunkResult>({
    pollMs: deps.pollMs ?? 2000,
    batch,
    more: (result) => result.more,
    async release() {
      const job = held;
      held = undefined;
      if (!job) return;
      await data.transaction((tx) =>
        tx
          .update(jobs)
          .set({ leaseUntil: null })
          .where(and(eq(jobs.id, job.id), eq(jobs.status, "RUNNING"), eq(jobs.leaseUntil, job.leaseUntil))),
      );
      logger.info("customer import handed back", { jobId: job.id });
    },
    onError: (error) => logger.error("customer import runner failed", { error }),
  });

  return {
    /** Runs imports staff started until none is left (or stop() is called); resolves to the chunks done. */
    async runOnce(): Promise<number> {
      const results = await loop.drain();
      return results.reduce((chunks, result) => chunks + result.chunks, 0);
    },
    start: loop.start,
    nudge: loop.nudge,
    stop: loop.stop,
  };
}
