import { and, asc, count, desc, eq, getTableColumns, gt, inArray, isNull, lt, min, ne, sql } from "drizzle-orm";
import type { Database, ReadDb, Tables, WriteDb } from "../../db/database.js";
import { preparedRead } from "../../db/database.js";
import { preparedRowsInsert } from "../../db/prepared-in-transaction.js";
import { returnedRow } from "../../db/rows.js";
import { FacilityScope } from "../../db/tenancy.js";
import {
  CSV_PIECE_LINES,
  type CsvLineError,
  type CsvRecord,
  csvDocument,
  csvRecords,
  csvText,
  yieldToEventLoop,
} from "../../lib/csv.js";
import { badInput, conflict, DomainError, notFound } from "../../lib/domain-error.js";
import { isValidEmail, normalizeEmail } from "../../lib/text.js";
import { recordAudit } from "../audit/audit.service.js";
import {
  computePortalStatus,
  customerAccountJoin,
  customerStatusFields,
  type LatestInvitation,
} from "../invitations/portal-status.service.js";
import { type Channel, channelsFor } from "../texts/texts.service.js";

export const MAX_CSV_BYTES = 5 * 1024 * 1024;
export const MAX_ROWS = 10_000;
export const TEMPLATE_HEADER = ["customer_id", "name", "email"] as const;

export type Plan =
  | "INVITE"
  | "NO_EMAIL"
  | "INVALID_EMAIL"
  | "IN_PORTAL"
  | "COOLDOWN"
  | "DUPLICATE"
  | "NOT_FOUND"
  | "UNREADABLE";

export const PLAN_LABELS: Record<Plan, string> = {
  INVITE: "Will be invited",
  NO_EMAIL: "No email, and no mobile number with consent to texts",
  INVALID_EMAIL: "Email missing or not valid",
  IN_PORTAL: "Already in the portal",
  COOLDOWN: "Invited recently (inside the resend cooldown)",
  DUPLICATE: "Same customer appears earlier in the list",
  NOT_FOUND: "No matching customer",
  UNREADABLE: "The line could not be read",
};

export type InputRow = {
  line: number;
  customerId?: number | null;
  name?: string | null;
  email?: string | null;
  /** Why the line cannot be used (it is skipped with this reason); the other lines go on. */
  problem?: string;
};

const headerAliases: Record<string, keyof Omit<InputRow, "line" | "problem">> = {
  customer_id: "customerId",
  "customer id": "customerId",
  id: "customerId",
  name: "name",
  "customer name": "name",
  email: "email",
  "e-mail": "email",
  "email address": "email",
};

/** Rows read, matched or written between two yields to the event loop. */
export const PREVIEW_CHUNK = CSV_PIECE_LINES;

/**
 * Reads the invite template. A file whose structure cannot be trusted (no header naming the columns,
 * an unclosed quote) is refused whole with line-numbered errors; a line that cannot be used (a
 * customer_id that is not a number, cells missing or extra) is kept as a row skipped with its
 * reason, so the good lines still go to the preview.
 */
export async function parseInviteCsv(text: string): Promise<InputRow[]> {
  if (Buffer.byteLength(text, "utf8") > MAX_CSV_BYTES) {
    throw badInput("The file is larger than 5 MB. Split it into smaller files.", { file: "Larger than 5 MB" });
  }
  const [header, ...records] = await csvRecords(csvText(text));
  const fields = (header?.cells ?? []).map((h) => headerAliases[h.trim().toLowerCase()]);
  const errors: CsvLineError[] = [];
  if (!fields.includes("email") && !fields.includes("customerId")) {
    errors.push({
      line: header?.line ?? 1,
      message: `The first line must name the columns: ${TEMPLATE_HEADER.join(",")}`,
    });
  }
  for (const record of [header, ...records]) {
    if (record?.quoteError) {
      errors.push({ line: record.line, message: "A quoted cell starting on this line is never closed" });
    }
  }
  if (errors.length) {
    const problems = errors.length === 1 ? "1 problem" : `${errors.length} problems`;
    throw new DomainError("BAD_USER_INPUT", `The file could not be read (${problems}). Nothing was sent.`, {
      lines: errors.slice(0, 100),
    });
  }
  if (records.length > MAX_ROWS) {
    throw badInput(`The file has ${records.length.toLocaleString("en-US")} rows; the limit is 10,000 per file.`, {
      file: "Too many rows",
    });
  }
  if (records.length === 0) throw badInput("The file has no rows below its header.", { file: "No rows" });
  // Read into rows PREVIEW_CHUNK records at a time, with a yield between: 10,000 at once held the
  // event loop for tens of milliseconds before the code was warm.
  const rows: InputRow[] = [];
  for (let start = 0; start < records.length; start += PREVIEW_CHUNK) {
    if (start > 0) await yieldToEventLoop();
    for (const record of records.slice(start, start + PREVIEW_CHUNK)) rows.push(inputRow(record, fields));
  }
  return rows;
}

/** A record of the file as a row of the preview, with the problem that keeps it from being used. */
function inputRow(
  record: CsvRecord,
  fields: ReadonlyArray<keyof Omit<InputRow, "line" | "problem"> | undefined>,
): InputRow {
  const row: InputRow = { line: record.line };
  // Trailing empty cells are what spreadsheets add; missing cells or extra text mean shifted columns.
  const extra = record.cells.slice(fields.length).some((cell) => cell.trim());
  if (record.cells.length < fields.length || extra) {
    row.problem = `Has ${record.cells.length} ${record.cells.length === 1 ? "cell" : "cells"} where the header has ${fields.length}`;
  }
  record.cells.forEach((value, index) => {
    const field = fields[index];
    const cell = value.trim();
    if (!field || !cell) return;
    if (field === "customerId") {
      if (/^\d{1,15}$/.test(cell)) row.customerId = Number(cell);
      else row.problem ??= `customer_id “${cell.slice(0, 40)}” is not a number`;
    } else {
      row[field] = cell.slice(0, 320);
    }
  });
  return row;
}

type Candidate = {
  id: number;
  email: string | null;
  phone: string | null;
  channel: Channel;
  canText: boolean;
  name: string;
  activatedAt: Date | null;
  latestInvitation: LatestInvitation | null;
};
/** `textTo`: the number a planned invite will be texted to, by the person's channel (texts.service channelsFor). */
type PlannedRow = InputRow & { plan: Plan; customer: Candidate | null; textTo?: string | null };

/** What a candidate's plan needs: their portal status, and how an invite would reach them. */
function candidateFields(t: Tables) {
  return { ...customerStatusFields(t), name: t.customers.name, phone: t.customers.phone, channel: t.customers.channel };
}

/** The facility's customers a chunk of a preview names by id, with what their portal status needs. */
const candidatesByIdRead = preparedRead("bulk_invite_candidates_by_id", (db, t, dialect) =>
  db
    .select(candidateFields(t))
    .from(t.customers)
    .leftJoin(t.portalAccounts, customerAccountJoin(t.portalAccounts, t.customers))
    .leftJoin(t.invitations, eq(t.invitations.id, t.customers.latestInvitationId))
    .where(
      FacilityScope.preparedCheck(
        t.customers,
        dialect.inList(t.customers.id, sql.placeholder("ids")),
        // An archived customer is no candidate: the row reads "No matching customer".
        isNull(t.customers.archivedAt),
      ),
    ),
);

/** The same for the customers a chunk names by email, found through customers_facility_email. */
const candidatesByEmailRead = preparedRead("bulk_invite_candidates_by_email", (db, t, dialect) =>
  db
    .select(candidateFields(t))
    .from(t.customers)
    .leftJoin(t.portalAccounts, customerAccountJoin(t.portalAccounts, t.customers))
    .leftJoin(t.invitations, eq(t.invitations.id, t.customers.latestInvitationId))
    .where(
      FacilityScope.preparedWhere(
        t.customers,
        dialect.inList(t.customers.email, sql.placeholder("emails")),
        isNull(t.customers.archivedAt),
      ),
    )
    .orderBy(asc(t.customers.id)),
);

const cooldownRead = preparedRead("bulk_invite_facility_cooldown", (db, t) =>
  db
    .select({ resendCooldownHours: t.facilities.resendCooldownHours })
    .from(t.facilities)
    .where(eq(t.facilities.id, sql.placeholder("facilityId"))),
);

/**
 * Plans a chunk of rows: matches them to the facility's customers (one statement) and decides, row
 * by row, invite or skip and why. `seen` carries the customers planned by earlier chunks, so a
 * customer listed twice is a duplicate wherever the second line falls.
 */
async function planChunk(
  data: Database,
  scope: FacilityScope,
  facility: { resendCooldownHours: number },
  rows: InputRow[],
  seen: Set<number>,
  now: Date,
): Promise<PlannedRow[]> {
  const { dialect } = data;
  const ids = rows.flatMap((r) => (r.customerId && !r.problem ? [r.customerId] : []));
  const emails = rows.flatMap((r) => {
    const e = normalizeEmail(r.email);
    return e && !r.customerId && !r.problem ? [e] : [];
  });
  // A file names its people by id or by email: one read each, only for what the chunk has.
  const foundById =
    ids.length === 0 ? [] : await candidatesByIdRead(data).execute(scope.values({ ids: dialect.listParam(ids) }));
  const foundByEmail =
    emails.length === 0
      ? []
      : await candidatesByEmailRead(data).execute(scope.values({ emails: dialect.listParam(emails) }));
  const byId = new Map<number, Candidate>();
  const byEmail = new Map<string, Candidate>();
  for (const row of foundById) byId.set(row.id, row);
  // The lowest id of an address shared by several customers, as one read in id order found it.
  for (const row of foundByEmail) if (row.email && !byEmail.has(row.email)) byEmail.set(row.email, row);
  return rows.map((row) => {
    if (row.problem) return { ...row, plan: "UNREADABLE" as Plan, customer: null };
    const email = normalizeEmail(row.email);
    if (!row.customerId && !isValidEmail(email)) return { ...row, plan: "INVALID_EMAIL" as Plan, customer: null };
    const customer = row.customerId ? byId.get(row.customerId) : email ? byEmail.get(email) : undefined;
    if (!customer) return { ...row, plan: "NOT_FOUND" as Plan, customer: null };
    if (seen.has(customer.id)) return { ...row, plan: "DUPLICATE" as Plan, customer };
    seen.add(customer.id);
    const status = computePortalStatus(
      { email: customer.email, canText: customer.canText, canAccessPortal: true, activatedAt: customer.activatedAt },
      customer.latestInvitation,
      facility,
      now,
    );
    const plan: Plan =
      status.state === "NO_EMAIL"
        ? "NO_EMAIL"
        : status.state === "IN_PORTAL"
          ? "IN_PORTAL"
          : status.action
            ? "INVITE"
            : "COOLDOWN";
    const textTo = plan === "INVITE" && channelsFor(customer).text ? customer.phone : null;
    return { ...row, plan, customer, textTo };
  });
}

const insertPreviewRows = preparedRowsInsert("bulk_invite_rows_insert", (t) => ({
  table: t.bulkInviteRows,
  columns: ["jobId", "line", "customerId", "name", "email", "phone", "plan", "detail"],
}));

/**
 * Stores a preview: nothing is sent until staff confirm it with startJob. Worked in chunks of
 * PREVIEW_CHUNK rows, each matched by one read and written by one short transaction, with a yield
 * to the event loop between chunks: a 10,000-row file neither holds the event loop nor (on SQLite)
 * the one writer for long. The job is written CANCELLED and becomes a PREVIEW with its last chunk,
 * so nobody can confirm a preview whose rows are not all written; a preview that fails midway stays
 * a cancelled one. The plan is advice: the runner decides each invite again when it sends it.
 */
export async function createPreview(
  data: Database,
  staff: { scope: FacilityScope; userId: number },
  source: "SELECTION" | "CSV",
  rows: InputRow[],
  fileName: string | null,
  now: Date,
): Promise<number> {
  const { t } = data;
  const [facility] = await cooldownRead(data).execute({ facilityId: staff.scope.facilityId });
  if (!facility) throw new Error(`facility ${staff.scope.facilityId} missing`);
  const job = await data.transaction(async (tx) =>
    returnedRow(
      await tx
        .insert(t.bulkInviteJobs)
        .values({
          facilityId: staff.scope.facilityId,
          createdByStaffId: staff.userId,
          source,
          fileName,
          status: "CANCELLED",
          total: rows.length,
          toInvite: 0,
          createdAt: now,
        })
        .returning({ id: t.bulkInviteJobs.id }),
    ),
  );
  const seen = new Set<number>();
  let toInvite = 0;
  let toText = 0;
  for (let start = 0; start < rows.length; start += PREVIEW_CHUNK) {
    const planned = await planChunk(data, staff.scope, facility, rows.slice(start, start + PREVIEW_CHUNK), seen, now);
    toInvite += planned.filter((r) => r.plan === "INVITE").length;
    toText += planned.filter((r) => r.textTo).length;
    // Matched and written in two turns of the event loop: each of the two takes a few milliseconds.
    await yieldToEventLoop();
    await data.transaction(async (tx) => {
      await insertPreviewRows(
        data,
        tx,
        planned.map((row) => ({
          jobId: job.id,
          line: row.line,
          customerId: row.customer?.id ?? null,
          name: row.customer?.name ?? row.name ?? null,
          email: row.customer?.email ?? normalizeEmail(row.email) ?? row.email ?? null,
          phone: row.textTo ?? null,
          plan: row.plan,
          detail: row.problem ?? null,
        })),
      );
    });
    await yieldToEventLoop();
  }
  await data.transaction((tx) =>
    tx
      .update(t.bulkInviteJobs)
      .set({ status: "PREVIEW", toInvite, toText })
      .where(and(eq(t.bulkInviteJobs.id, job.id), eq(t.bulkInviteJobs.status, "CANCELLED"))),
  );
  return job.id;
}

function selectJobs(db: Pick<ReadDb, "select">, t: Tables) {
  return db
    .select({ ...getTableColumns(t.bulkInviteJobs), createdByName: t.staffUsers.name })
    .from(t.bulkInviteJobs)
    .leftJoin(t.staffUsers, eq(t.staffUsers.id, t.bulkInviteJobs.createdByStaffId));
}

export type JobRow = Tables["bulkInviteJobs"]["$inferSelect"] & { createdByName: string | null };
export type JobRowRecord = Tables["bulkInviteRows"]["$inferSelect"];

// The progress bar polls a running job: prepared once.
const jobRead = preparedRead("bulk_invite_job", (db, t) =>
  selectJobs(db, t).where(
    FacilityScope.preparedWhere(t.bulkInviteJobs, eq(t.bulkInviteJobs.id, sql.placeholder("jobId"))),
  ),
);

export async function getJob(data: Database, scope: FacilityScope, jobId: number): Promise<JobRow> {
  const [job] = await jobRead(data).execute(scope.values({ jobId }));
  if (!job) throw notFound("Bulk invite");
  return job;
}

/** The job as the transaction deciding on it reads it, or NOT_FOUND. */
async function jobForUpdate(data: Database, tx: WriteDb, scope: FacilityScope, jobId: number) {
  const { t } = data;
  const [job] = await data.dialect.forUpdate(
    tx
      .select({
        status: t.bulkInviteJobs.status,
        fileName: t.bulkInviteJobs.fileName,
        total: t.bulkInviteJobs.total,
        toInvite: t.bulkInviteJobs.toInvite,
      })
      .from(t.bulkInviteJobs)
      .where(scope.where(t.bulkInviteJobs, eq(t.bulkInviteJobs.id, jobId))),
  );
  if (!job) throw notFound("Bulk invite");
  return job;
}

/**
 * The facility's confirmed bulk invites, newest first: running ones to watch again, finished ones to
 * read the report of. Previews never sent and cancelled ones are left out. One statement.
 */
export async function recentJobs(data: Database, scope: FacilityScope, limit: number): Promise<JobRow[]> {
  const { t } = data;
  return selectJobs(data.read, t)
    .where(scope.where(t.bulkInviteJobs, inArray(t.bulkInviteJobs.status, ["RUNNING", "DONE"])))
    .orderBy(desc(t.bulkInviteJobs.id))
    .limit(limit);
}

/** Confirms a preview. Only the first confirmation starts it: a double click sends nothing twice. */
export async function startJob(data: Database, scope: FacilityScope, jobId: number, now: Date): Promise<JobRow> {
  const { t } = data;
  await data.transaction(async (tx) => {
    const job = await jobForUpdate(data, tx, scope, jobId);
    if (job.status !== "PREVIEW") throw conflict("This bulk invite has already been sent.");
    await tx
      .update(t.bulkInviteJobs)
      .set({ status: "RUNNING", startedAt: now })
      .where(and(eq(t.bulkInviteJobs.id, jobId), eq(t.bulkInviteJobs.status, "PREVIEW")));
    await recordAudit(tx, t, scope, now, {
      action: "BULK_INVITE_RUN",
      subject: job.fileName ?? "Contacts selection",
      details: { toInvite: job.toInvite, total: job.total },
    });
  });
  return getJob(data, scope, jobId);
}

/** Drops a preview staff decided not to send; a job already sending cannot be cancelled. */
export async function cancelJob(data: Database, scope: FacilityScope, jobId: number): Promise<void> {
  const { t } = data;
  await data.transaction(async (tx) => {
    const job = await jobForUpdate(data, tx, scope, jobId);
    if (job.status !== "PREVIEW") throw conflict("Only a preview can be cancelled; this bulk invite has been sent.");
    await tx.delete(t.bulkInviteRows).where(eq(t.bulkInviteRows.jobId, jobId));
    await tx.update(t.bulkInviteJobs).set({ status: "CANCELLED" }).where(eq(t.bulkInviteJobs.id, jobId));
  });
}

/**
 * Previews nobody confirmed within a day are dropped with their rows. Each is cancelled by an update
 * that checks it is still a stale preview on the row itself, and only the rows of those it cancelled
 * are deleted: on PostgreSQL a preview confirmed while this ran is RUNNING by the time the update
 * gets its row, and keeps its rows.
 */
export async function purgeStalePreviews(data: Database, now: Date): Promise<number> {
  const { t } = data;
  const jobs = t.bulkInviteJobs;
  const stalePreview = and(eq(jobs.status, "PREVIEW"), lt(jobs.createdAt, new Date(now.getTime() - 86_400_000)));
  return data.transaction(async (tx) => {
    const stale = await tx.select({ id: jobs.id }).from(jobs).where(stalePreview).limit(100);
    if (stale.length === 0) return 0;
    const cancelled = await tx
      .update(jobs)
      .set({ status: "CANCELLED" })
      .where(
        and(
          data.dialect.inList(
            jobs.id,
            stale.map((job) => job.id),
          ),
          stalePreview,
        ),
      )
      .returning({ id: jobs.id });
    if (cancelled.length === 0) return 0;
    await tx.delete(t.bulkInviteRows).where(
      data.dialect.inList(
        t.bulkInviteRows.jobId,
        cancelled.map((job) => job.id),
      ),
    );
    return cancelled.length;
  });
}

/**
 * How many rows per plan, largest first; equal counts in the order the file (or the selection)
 * first shows them. Without that second key each engine orders ties its own way. jobId comes from
 * a job read through the viewer's scope.
 */
export async function skipCounts(data: Database, jobId: number): Promise<Array<{ plan: Plan; count: number }>> {
  const { t } = data;
  const rows = t.bulkInviteRows;
  return data.read
    .select({ plan: rows.plan, count: count() })
    .from(rows)
    .where(eq(rows.jobId, jobId))
    .groupBy(rows.plan)
    .orderBy(desc(count()), asc(min(rows.line)));
}

/** A page of a job's rows in file order. jobId comes from a job read through the viewer's scope. */
export async function jobRows(
  data: Database,
  jobId: number,
  opts: { invite?: boolean | null; first: number; after?: number | null },
): Promise<JobRowRecord[]> {
  const rows = data.t.bulkInviteRows;
  const planFilter =
    opts.invite === true ? eq(rows.plan, "INVITE") : opts.invite === false ? ne(rows.plan, "INVITE") : undefined;
  return data.read
    .select()
    .from(rows)
    .where(and(eq(rows.jobId, jobId), gt(rows.id, opts.after ?? 0), planFilter))
    .orderBy(asc(rows.id))
    .limit(opts.first);
}

/**
 * The report staff download: every row, what was planned and what happened, with the number an
 * invite was (or will be) texted to. Formula-like cells are neutralised.
 */
export async function reportCsv(data: Database, jobId: number): Promise<string> {
  const table = data.t.bulkInviteRows;
  const rows = await data.read.select().from(table).where(eq(table.jobId, jobId)).orderBy(asc(table.id));
  return csvDocument(
    ["line", "customer_id", "name", "email", "text_to", "outcome", "reason"],
    rows.map((r) => [
      r.line,
      r.customerId ?? "",
      r.name ?? "",
      r.email ?? "",
      r.phone ?? "",
      r.result === "SENT"
        ? "Invited"
        : r.result === "SKIPPED"
          ? "Skipped"
          : r.plan === "INVITE"
            ? "To invite"
            : "Skipped",
      r.detail ?? (r.plan === "INVITE" ? "" : PLAN_LABELS[r.plan]),
    ]),
  );
}
