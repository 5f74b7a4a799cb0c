import Papa from "papaparse";
import { type Db, writeTransaction } from "../../db/client.js";
import type { Context } from "../../graphql/context.js";
import { badInput, conflict, DomainError, notFound } from "../../lib/domain-error.js";
import { isValidEmail, normalizeEmail } from "../../lib/text.js";
import type { CustomerRow } from "../customers/customer.service.js";
import { getFacility } from "../facilities/facility.service.js";
import {
  computePortalStatus,
  type LatestInvitationColumns,
  latestInvitationFrom,
  latestInvitationSelect,
} from "../invitations/portal-status.js";

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
  NO_EMAIL: "No email address on record",
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

export type CsvLineError = { line: number; message: string };

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

type CsvRecord = { line: number; cells: string[]; quoteError: boolean };

/**
 * Every record of the file with the line it starts on, counted in the file itself: blank lines and
 * quoted cells spanning lines are counted, so errors point at the line a spreadsheet shows.
 */
function csvRecords(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    step: (result) => {
      const cursor = result.meta.cursor;
      const recordLine = line;
      for (let i = start; i < cursor; i++) if (text.charCodeAt(i) === 10) line++;
      // A record read up to its line break has moved the count to the next record's line already.
      start = cursor;
      if (result.data.every((cell) => !cell.trim())) return;
      records.push({
        line: recordLine,
        cells: result.data,
        quoteError: result.errors.some((e) => e.type === "Quotes"),
      });
    },
  });
  return records;
}

/**
 * Reads the invite template. A file whose structure cannot be trusted (no header naming the columns,
 * an unclosed quote) is refused whole with line-numbered errors; a line that cannot be used (a
 * customer_id that is not a number, cells missing or extra) is kept as a row skipped with its
 * reason, so the good lines still go to the preview.
 */
export function parseInviteCsv(text: string): InputRow[] {
  if (Buffer.byteLength(text, "utf8") > MAX_CSV_BYTES) {
    throw badInput("The file is larger than 5 MB. Split it into smaller files.", { file: "Larger than 5 MB" });
  }
  const [header, ...records] = csvRecords(text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n"));
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
  return records.map((record) => {
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
  });
}

type Candidate = Pick<CustomerRow, "id" | "email" | "name" | "activatedAt" | "latestInvitation">;
type PlannedRow = InputRow & { plan: Plan; customer: Candidate | null };

/** Matches rows to the facility's customers (one statement) and decides, row by row, invite or skip and why. */
export function planRows(db: Db, facilityId: number, rows: InputRow[], now: Date): PlannedRow[] {
  const ids = rows.flatMap((r) => (r.customerId && !r.problem ? [r.customerId] : []));
  const emails = rows.flatMap((r) => {
    const e = normalizeEmail(r.email);
    return e && !r.customerId && !r.problem ? [e] : [];
  });
  const found = db.$client
    .prepare(
      `SELECT c.id, c.email, c.name, pa.activated_at, ${latestInvitationSelect}
       FROM customers c
       LEFT JOIN portal_accounts pa ON pa.customer_id = c.id AND pa.person_key = 0
       LEFT JOIN invitations i ON i.id = c.latest_invitation_id
       WHERE c.facility_id = ? AND (c.id IN (SELECT value FROM json_each(?)) OR c.email IN (SELECT value FROM json_each(?)))
       ORDER BY c.id`,
    )
    .all(facilityId, JSON.stringify(ids), JSON.stringify(emails)) as Array<
    LatestInvitationColumns & { id: number; email: string | null; name: string; activated_at: number | null }
  >;
  const byId = new Map<number, Candidate>();
  const byEmail = new Map<string, Candidate>();
  for (const r of found) {
    const row: Candidate = {
      id: r.id,
      email: r.email,
      name: r.name,
      activatedAt: r.activated_at === null ? null : new Date(r.activated_at),
      latestInvitation: latestInvitationFrom(r),
    };
    byId.set(row.id, row);
    if (row.email && !byEmail.has(row.email)) byEmail.set(row.email, row);
  }
  const facility = getFacility(db, facilityId);
  const seen = new Set<number>();
  return rows.map((row) => {
    if (row.problem) return { ...row, plan: "UNREADABLE" as Plan, customer: null };
    const email = normalizeEmail(row.email);
    if (!row.customerId && !isValidEmail(email)) return { ...row, plan: "INVALID_EMAIL" as Plan, customer: null };
    const customer = row.customerId ? byId.get(row.customerId) : email ? byEmail.get(email) : undefined;
    if (!customer) return { ...row, plan: "NOT_FOUND" as Plan, customer: null };
    if (seen.has(customer.id)) return { ...row, plan: "DUPLICATE" as Plan, customer };
    seen.add(customer.id);
    const status = computePortalStatus(
      { email: customer.email, canAccessPortal: true, activatedAt: customer.activatedAt },
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
    return { ...row, plan, customer };
  });
}

/** Stores a preview: nothing is sent until staff confirm it with startBulkInvite. */
export function createPreview(
  ctx: Context,
  staff: { facilityId: number; userId: number },
  source: "SELECTION" | "CSV",
  rows: InputRow[],
  fileName: string | null,
): number {
  const now = ctx.clock.now();
  return writeTransaction(ctx.db, (tx) => {
    const planned = planRows(tx, staff.facilityId, rows, now);
    const toInvite = planned.filter((r) => r.plan === "INVITE").length;
    const job = tx.$client
      .prepare(
        `INSERT INTO bulk_invite_jobs (facility_id, created_by_staff_id, source, file_name, status, total, to_invite, created_at)
         VALUES (?, ?, ?, ?, 'PREVIEW', ?, ?, ?) RETURNING id`,
      )
      .get(staff.facilityId, staff.userId, source, fileName, planned.length, toInvite, now.getTime()) as { id: number };
    const insert = tx.$client.prepare(
      "INSERT INTO bulk_invite_rows (job_id, line, customer_id, name, email, plan, detail) VALUES (?, ?, ?, ?, ?, ?, ?)",
    );
    for (const row of planned) {
      insert.run(
        job.id,
        row.line,
        row.customer?.id ?? null,
        row.customer?.name ?? row.name ?? null,
        row.customer?.email ?? normalizeEmail(row.email) ?? row.email ?? null,
        row.plan,
        row.problem ?? null,
      );
    }
    return job.id;
  });
}

export type JobRow = {
  id: number;
  facility_id: number;
  source: "SELECTION" | "CSV";
  file_name: string | null;
  status: "PREVIEW" | "RUNNING" | "DONE" | "CANCELLED";
  total: number;
  to_invite: number;
  processed: number;
  sent: number;
  skipped: number;
  created_at: number;
  started_at: number | null;
  finished_at: number | null;
  created_by_name: string | null;
};

const selectJob = `SELECT j.*, s.name AS created_by_name
  FROM bulk_invite_jobs j LEFT JOIN staff_users s ON s.id = j.created_by_staff_id`;

export function getJob(db: Db, facilityId: number, jobId: number): JobRow {
  const job = db.$client.prepare(`${selectJob} WHERE j.id = ? AND j.facility_id = ?`).get(jobId, facilityId) as
    | JobRow
    | undefined;
  if (!job) throw notFound("Bulk invite");
  return job;
}

/**
 * The facility's confirmed bulk invites, newest first: running ones to watch again, finished ones to
 * read the report of. Previews never sent and cancelled ones are left out. One statement.
 */
export function recentJobs(db: Db, facilityId: number, limit: number): JobRow[] {
  return db.$client
    .prepare(`${selectJob} WHERE j.facility_id = ? AND j.status IN ('RUNNING', 'DONE') ORDER BY j.id DESC LIMIT ?`)
    .all(facilityId, limit) as JobRow[];
}

/** Confirms a preview. Only the first confirmation starts it: a double click sends nothing twice. */
export function startJob(ctx: Context, facilityId: number, jobId: number): JobRow {
  const now = ctx.clock.now();
  writeTransaction(ctx.db, (tx) => {
    const job = getJob(tx, facilityId, jobId);
    if (job.status !== "PREVIEW") throw conflict("This bulk invite has already been sent.");
    tx.$client
      .prepare("UPDATE bulk_invite_jobs SET status = 'RUNNING', started_at = ? WHERE id = ? AND status = 'PREVIEW'")
      .run(now.getTime(), jobId);
  });
  return getJob(ctx.db, facilityId, jobId);
}

/** Drops a preview staff decided not to send; a job already sending cannot be cancelled. */
export function cancelJob(db: Db, facilityId: number, jobId: number): void {
  writeTransaction(db, (tx) => {
    const job = getJob(tx, facilityId, jobId);
    if (job.status !== "PREVIEW") throw conflict("Only a preview can be cancelled; this bulk invite has been sent.");
    tx.$client.prepare("DELETE FROM bulk_invite_rows WHERE job_id = ?").run(jobId);
    tx.$client.prepare("UPDATE bulk_invite_jobs SET status = 'CANCELLED' WHERE id = ?").run(jobId);
  });
}

/** Previews nobody confirmed within a day are dropped with their rows. */
export function purgeStalePreviews(db: Db, now: Date): number {
  return writeTransaction(db, (tx) => {
    const stale = tx.$client
      .prepare("SELECT id FROM bulk_invite_jobs WHERE status = 'PREVIEW' AND created_at < ? LIMIT 100")
      .all(now.getTime() - 86_400_000) as Array<{ id: number }>;
    for (const { id } of stale) {
      tx.$client.prepare("DELETE FROM bulk_invite_rows WHERE job_id = ?").run(id);
      tx.$client.prepare("UPDATE bulk_invite_jobs SET status = 'CANCELLED' WHERE id = ?").run(id);
    }
    return stale.length;
  });
}

export function skipCounts(db: Db, jobId: number): Array<{ plan: Plan; count: number }> {
  return db.$client
    .prepare("SELECT plan, count(*) AS count FROM bulk_invite_rows WHERE job_id = ? GROUP BY plan ORDER BY count DESC")
    .all(jobId) as Array<{ plan: Plan; count: number }>;
}

export type JobRowRecord = {
  id: number;
  line: number;
  customer_id: number | null;
  name: string | null;
  email: string | null;
  plan: Plan;
  result: "PENDING" | "SENT" | "SKIPPED";
  detail: string | null;
};

export function jobRows(
  db: Db,
  jobId: number,
  opts: { invite?: boolean | null; first: number; after?: number | null },
) {
  const filter = opts.invite === true ? "AND plan = 'INVITE'" : opts.invite === false ? "AND plan <> 'INVITE'" : "";
  return db.$client
    .prepare(`SELECT * FROM bulk_invite_rows WHERE job_id = ? AND id > ? ${filter} ORDER BY id LIMIT ?`)
    .all(jobId, opts.after ?? 0, opts.first) as JobRowRecord[];
}

/** The report staff download: every row, what was planned and what happened. Formula-like cells are neutralised. */
export function reportCsv(db: Db, jobId: number): string {
  const rows = db.$client
    .prepare("SELECT * FROM bulk_invite_rows WHERE job_id = ? ORDER BY id")
    .all(jobId) as JobRowRecord[];
  return Papa.unparse(
    {
      fields: ["line", "customer_id", "name", "email", "outcome", "reason"],
      data: rows.map((r) => [
        r.line,
        r.customer_id ?? "",
        r.name ?? "",
        r.email ?? "",
        r.result === "SENT"
          ? "Invited"
          : r.result === "SKIPPED"
            ? "Skipped"
            : r.plan === "INVITE"
              ? "To invite"
              : "Skipped",
        r.detail ?? (r.plan === "INVITE" ? "" : PLAN_LABELS[r.plan]),
      ]),
    },
    { escapeFormulae: true },
  );
}
