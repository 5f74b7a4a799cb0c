import { and, asc, eq, getTableColumns, gt, inArray, lt } from "drizzle-orm";
import type { Database, ReadDb, Tables, WriteDb } from "../../db/database.js";
import { preparedRowsInsert } from "../../db/prepared-in-transaction.js";
import { returnedRow } from "../../db/rows.js";
import type { FacilityScope } from "../../db/tenancy.js";
import {
  CSV_PIECE_LINES,
  type CsvLineError,
  csvDocument,
  csvRecords,
  csvText,
  yieldToEventLoop,
} from "../../lib/csv.js";
import { badInput, conflict, DomainError, notFound } from "../../lib/domain-error.js";
import { formatPhone, parsePhone, phoneSearchDigits } from "../../lib/phone.js";
import { EMAIL_MAX_LENGTH, isValidTypedEmail, normalizeEmail } from "../../lib/text.js";

export const MAX_CSV_BYTES = 5 * 1024 * 1024;
export const MAX_ROWS = 10_000;
/** Rows planned, written or imported between two yields to the event loop. */
export const IMPORT_CHUNK = CSV_PIECE_LINES;

/** The template's columns: one line per car; a customer's lines share their email or phone. */
export const TEMPLATE_HEADER = [
  "name",
  "email",
  "phone",
  "address",
  "notes",
  "car_make",
  "car_model",
  "car_year",
  "car_plate",
  "car_colour",
  "car_vin",
] as const;

export type Plan = "NEW_CUSTOMER" | "SAME_CUSTOMER" | "DUPLICATE" | "ERROR";

export const PLAN_LABELS: Record<Plan, string> = {
  NEW_CUSTOMER: "New customer",
  SAME_CUSTOMER: "Car for the customer of an earlier line",
  DUPLICATE: "Duplicate",
  ERROR: "Error",
};

type Field =
  | "name"
  | "email"
  | "phone"
  | "address"
  | "notes"
  | "carMake"
  | "carModel"
  | "carYear"
  | "carPlate"
  | "carColor"
  | "carVin";

const headerAliases: Record<string, Field> = {
  name: "name",
  "customer name": "name",
  "full name": "name",
  email: "email",
  "e-mail": "email",
  "email address": "email",
  phone: "phone",
  "phone number": "phone",
  mobile: "phone",
  address: "address",
  notes: "notes",
  car_make: "carMake",
  make: "carMake",
  car_model: "carModel",
  model: "carModel",
  car_year: "carYear",
  year: "carYear",
  car_plate: "carPlate",
  plate: "carPlate",
  registration: "carPlate",
  car_registration: "carPlate",
  car_colour: "carColor",
  car_color: "carColor",
  colour: "carColor",
  color: "carColor",
  car_vin: "carVin",
  vin: "carVin",
};

/** The longest text each column keeps: the same bounds as the forms' inputs. */
const MAX_LENGTH: Record<Exclude<Field, "carYear">, number> = {
  name: 200,
  email: EMAIL_MAX_LENGTH,
  phone: 40,
  address: 500,
  notes: 5000,
  carMake: 80,
  carModel: 80,
  carPlate: 20,
  carColor: 40,
  carVin: 40,
};

const FIELD_NAMES: Record<Field, string> = {
  name: "name",
  email: "email",
  phone: "phone",
  address: "address",
  notes: "notes",
  carMake: "car_make",
  carModel: "car_model",
  carYear: "car_year",
  carPlate: "car_plate",
  carColor: "car_colour",
  carVin: "car_vin",
};

/** A line of the file as read: its cells by column, or why it cannot be used. */
export type ImportLine = { line: number; cells: Partial<Record<Field, string>>; problems: string[] };

/** The template staff download: the header, then one line per car. */
export function templateCsv(): Promise<string> {
  return csvDocument(TEMPLATE_HEADER, []);
}

/**
 * Reads an import file. A file whose structure cannot be trusted (no header naming the columns, an
 * unclosed quote) is refused whole with line-numbered errors, as are files over the caps; a line
 * that cannot be used (cells missing or extra) is kept with its problem, so the preview lists it.
 */
export async function parseImportCsv(text: string): Promise<ImportLine[]> {
  if (Buffer.byteLength(text, "utf8") > MAX_CSV_BYTES) {
    throw badInput("The file is larger than 5 MB. Split it into smaller files.", { file: "Larger than 5 MB" });
  }
  const [header, ...records] = await csvRecords(csvText(text));
  const fields = (header?.cells ?? []).map((h) => headerAliases[h.trim().toLowerCase()]);
  const errors: CsvLineError[] = [];
  if (!fields.includes("name")) {
    errors.push({
      line: header?.line ?? 1,
      message: `The first line must name the columns: ${TEMPLATE_HEADER.join(",")}`,
    });
  }
  const repeated = fields.filter((f, i) => f && fields.indexOf(f) !== i);
  if (repeated.length > 0) {
    errors.push({
      line: header?.line ?? 1,
      message: `The column ${FIELD_NAMES[repeated[0] as Field]} appears more than once`,
    });
  }
  for (const record of [header, ...records]) {
    if (record?.quoteError) {
      errors.push({ line: record.line, message: "A quoted cell starting on this line is never closed" });
    }
  }
  if (errors.length) {
    const problems = errors.length === 1 ? "1 problem" : `${errors.length} problems`;
    throw new DomainError("BAD_USER_INPUT", `The file could not be read (${problems}). Nothing was imported.`, {
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
    const line: ImportLine = { line: record.line, cells: {}, problems: [] };
    // Trailing empty cells are what spreadsheets add; missing cells or extra text mean shifted columns.
    const extra = record.cells.slice(fields.length).some((cell) => cell.trim());
    if (record.cells.length < fields.length || extra) {
      const n = record.cells.length;
      line.problems.push(`Has ${n} ${n === 1 ? "cell" : "cells"} where the header has ${fields.length}`);
    }
    record.cells.forEach((value, index) => {
      const field = fields[index];
      if (field && value.trim()) line.cells[field] = value;
    });
    return line;
  });
}

/** A line checked: the values a customer and car are made of, or its problems. */
export type CheckedLine = {
  line: number;
  problems: string[];
  name: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  notes: string | null;
  car: {
    make: string;
    model: string;
    year: number | null;
    plate: string | null;
    color: string | null;
    vin: string | null;
  } | null;
};

/**
 * Checks a line as the forms check their inputs: a name, a valid email (nothing invisible in it), a
 * phone valid for the facility's country (stored E.164), bounded text, and a car with its make and
 * model whenever any car cell is filled.
 */
export function checkLine(input: ImportLine, facilityCountry: string): CheckedLine {
  const problems = [...input.problems];
  const text = (field: Exclude<Field, "carYear">): string | null => {
    const typed = input.cells[field]?.trim();
    // Notes keep their lines; every other cell is one line of single spaces.
    const value = field === "notes" ? typed : typed?.replace(/\s+/g, " ");
    if (!value) return null;
    if (value.length > MAX_LENGTH[field]) {
      problems.push(`${FIELD_NAMES[field]} is longer than ${MAX_LENGTH[field]} characters`);
      return null;
    }
    return value;
  };
  const name = text("name");
  if (!name && !input.cells.name) problems.push("name is empty");
  let email: string | null = null;
  const typedEmail = input.cells.email;
  if (typedEmail?.trim()) {
    if (typedEmail.length > EMAIL_MAX_LENGTH + 20 || !isValidTypedEmail(typedEmail)) {
      problems.push(`email “${typedEmail.trim().slice(0, 60)}” is not a valid email address`);
    } else email = normalizeEmail(typedEmail);
  }
  let phone: string | null = null;
  const typedPhone = text("phone");
  if (typedPhone) {
    const parsed = parsePhone(typedPhone, facilityCountry);
    if ("error" in parsed) problems.push(`phone: ${parsed.error}`);
    else phone = parsed.e164;
  }
  const address = text("address");
  const notes = text("notes");
  const make = text("carMake");
  const model = text("carModel");
  const plate = text("carPlate")?.toUpperCase() ?? null;
  const color = text("carColor");
  const vin = text("carVin")?.toUpperCase() ?? null;
  const typedYear = input.cells.carYear?.trim();
  let year: number | null = null;
  if (typedYear) {
    if (!/^\d{4}$/.test(typedYear) || Number(typedYear) < 1885 || Number(typedYear) > 2100) {
      problems.push(`car_year “${typedYear.slice(0, 20)}” is not a model year (1885 to 2100)`);
    } else year = Number(typedYear);
  }
  const anyCar = ["carMake", "carModel", "carYear", "carPlate", "carColor", "carVin"].some((f) =>
    input.cells[f as Field]?.trim(),
  );
  let car: CheckedLine["car"] = null;
  if (anyCar) {
    if (!input.cells.carMake?.trim()) problems.push("car_make is empty (a car needs its make and model)");
    if (!input.cells.carModel?.trim()) problems.push("car_model is empty (a car needs its make and model)");
    if (make && model) car = { make, model, year, plate, color, vin };
  }
  return { line: input.line, problems, name, email, phone, address, notes, car };
}

type Match = { id: number; name: string; email: string | null; phoneDigits: string | null };

/** The facility's customers having any of the emails or phone numbers (as international digits). */
async function existingMatches(
  db: Pick<ReadDb, "select">,
  data: Database,
  scope: FacilityScope,
  emails: string[],
  phoneDigits: string[],
): Promise<Match[]> {
  const { t, dialect } = data;
  const c = t.customers;
  const columns = { id: c.id, name: c.name, email: c.email, phoneDigits: c.phoneDigits };
  const byEmail =
    emails.length === 0
      ? []
      : await db
          .select(columns)
          .from(c)
          .where(scope.where(c, dialect.inList(c.email, emails)))
          .orderBy(asc(c.id));
  const byPhone =
    phoneDigits.length === 0
      ? []
      : await db
          .select(columns)
          .from(c)
          .where(scope.where(c, dialect.inList(c.phoneDigits, phoneDigits)))
          .orderBy(asc(c.id));
  return [...byEmail, ...byPhone];
}

/** How a line is found again: by its email, or its phone's international digits. */
const emailKey = (email: string) => `e:${email}`;
const phoneKey = (phone: string) => `p:${phoneSearchDigits(phone)}`;

/** A customer of the file: the line that creates it, or the facility's customer it duplicates. */
type Group = { line: number; existing: Match | null };

type PlannedLine = CheckedLine & {
  plan: Plan;
  groupLine: number | null;
  matched: Match | null;
  detail: string | null;
};

/**
 * Plans a chunk of checked lines: matches their emails and phones to the facility's customers (two
 * reads) and to the lines of earlier chunks (`groups`), and decides each line. A line matching a
 * customer on record is a duplicate, as are the later lines of that customer; a later line of a new
 * customer adds its car, or is a duplicate when it has none.
 */
async function planChunk(
  data: Database,
  scope: FacilityScope,
  lines: CheckedLine[],
  groups: Map<string, Group>,
): Promise<PlannedLine[]> {
  const ok = lines.filter((l) => l.problems.length === 0);
  const emails = [...new Set(ok.flatMap((l) => (l.email ? [l.email] : [])))];
  const phones = [...new Set(ok.flatMap((l) => (l.phone ? [phoneSearchDigits(l.phone) ?? ""] : [])))];
  const found = await existingMatches(data.read, data, scope, emails, phones);
  const existing = new Map<string, Match>();
  // The lowest id of an address or number several customers share.
  for (const m of found) {
    if (m.email && !existing.has(emailKey(m.email))) existing.set(emailKey(m.email), m);
    if (m.phoneDigits && !existing.has(`p:${m.phoneDigits}`)) existing.set(`p:${m.phoneDigits}`, m);
  }
  return lines.map((l): PlannedLine => {
    if (l.problems.length > 0) {
      return { ...l, plan: "ERROR", groupLine: null, matched: null, detail: l.problems.join("; ") };
    }
    const keys = [l.email ? emailKey(l.email) : null, l.phone ? phoneKey(l.phone) : null].filter(
      (k): k is string => k !== null,
    );
    const onRecord = keys.map((k) => existing.get(k)).find((m) => m);
    if (onRecord) {
      const by = l.email && existing.get(emailKey(l.email))?.id === onRecord.id ? "email" : "phone";
      for (const k of keys) if (!groups.has(k)) groups.set(k, { line: l.line, existing: onRecord });
      return {
        ...l,
        plan: "DUPLICATE",
        groupLine: null,
        matched: onRecord,
        detail: `Same ${by} as ${onRecord.name}, already a customer`,
      };
    }
    const inFile = [...new Set(keys.map((k) => groups.get(k)).filter((g): g is Group => !!g))];
    if (inFile.length > 1 && inFile[0]?.line !== inFile[1]?.line) {
      return {
        ...l,
        plan: "ERROR",
        groupLine: null,
        matched: null,
        detail: `The email matches line ${inFile[0]?.line} and the phone line ${inFile[1]?.line}: which customer is it?`,
      };
    }
    const group = inFile[0];
    if (!group) {
      const created: Group = { line: l.line, existing: null };
      for (const k of keys) groups.set(k, created);
      return { ...l, plan: "NEW_CUSTOMER", groupLine: null, matched: null, detail: null };
    }
    for (const k of keys) if (!groups.has(k)) groups.set(k, group);
    if (group.existing) {
      return {
        ...l,
        plan: "DUPLICATE",
        groupLine: group.line,
        matched: group.existing,
        detail: `Same customer as line ${group.line}, ${group.existing.name}, already a customer`,
      };
    }
    if (!l.car) {
      return {
        ...l,
        plan: "DUPLICATE",
        groupLine: group.line,
        matched: null,
        detail: `Same customer as line ${group.line}, with no car to add`,
      };
    }
    return {
      ...l,
      plan: "SAME_CUSTOMER",
      groupLine: group.line,
      matched: null,
      detail: `Car for the customer of line ${group.line}`,
    };
  });
}

const insertPreviewRows = preparedRowsInsert("customer_import_rows_insert", (t) => ({
  table: t.customerImportRows,
  columns: [
    "jobId",
    "line",
    "plan",
    "groupLine",
    "matchedCustomerId",
    "name",
    "email",
    "phone",
    "address",
    "notes",
    "carMake",
    "carModel",
    "carYear",
    "carPlate",
    "carColor",
    "carVin",
    "detail",
  ],
}));

/**
 * Stores a preview: nothing is written to customers until staff run it (startImport). Worked in
 * chunks of IMPORT_CHUNK lines, each matched by two reads and written by one short transaction, with
 * a yield to the event loop between chunks. The job is written CANCELLED and becomes a PREVIEW with
 * its last chunk, so nobody can run a preview whose rows are not all written.
 */
export async function createImportPreview(
  data: Database,
  staff: { scope: FacilityScope; userId: number },
  lines: ImportLine[],
  fileName: string | null,
  facilityCountry: string,
  now: Date,
): Promise<number> {
  const { t } = data;
  const job = await data.transaction(async (tx) =>
    returnedRow(
      await tx
        .insert(t.customerImportJobs)
        .values({
          facilityId: staff.scope.facilityId,
          createdByStaffId: staff.userId,
          fileName,
          status: "CANCELLED",
          total: lines.length,
          createdAt: now,
        })
        .returning({ id: t.customerImportJobs.id }),
    ),
  );
  const groups = new Map<string, Group>();
  const counts = { newCustomers: 0, newCars: 0, duplicates: 0, errors: 0 };
  for (let start = 0; start < lines.length; start += IMPORT_CHUNK) {
    const source = lines.slice(start, start + IMPORT_CHUNK);
    const checked = source.map((l) => checkLine(l, facilityCountry));
    const planned = await planChunk(data, staff.scope, checked, groups);
    for (const row of planned) {
      if (row.plan === "NEW_CUSTOMER") counts.newCustomers++;
      if ((row.plan === "NEW_CUSTOMER" || row.plan === "SAME_CUSTOMER") && row.car) counts.newCars++;
      if (row.plan === "DUPLICATE") counts.duplicates++;
      if (row.plan === "ERROR") counts.errors++;
    }
    await data.transaction(async (tx) => {
      await insertPreviewRows(
        data,
        tx,
        planned.map((row, i) => ({
          jobId: job.id,
          line: row.line,
          plan: row.plan,
          groupLine: row.groupLine,
          matchedCustomerId: row.matched?.id ?? null,
          // An error line keeps what could be read of it, bounded, for the report.
          name: row.name ?? source[i]?.cells.name?.trim().slice(0, 200) ?? null,
          email: row.email ?? null,
          phone: row.phone,
          address: row.address,
          notes: row.notes,
          carMake: row.car?.make ?? null,
          carModel: row.car?.model ?? null,
          carYear: row.car?.year ?? null,
          carPlate: row.car?.plate ?? null,
          carColor: row.car?.color ?? null,
          carVin: row.car?.vin ?? null,
          detail: row.detail?.slice(0, 1000) ?? null,
        })),
      );
    });
    await yieldToEventLoop();
  }
  await data.transaction((tx) =>
    tx
      .update(t.customerImportJobs)
      .set({ status: "PREVIEW", ...counts })
      .where(and(eq(t.customerImportJobs.id, job.id), eq(t.customerImportJobs.status, "CANCELLED"))),
  );
  return job.id;
}

export type ImportJobRow = Tables["customerImportJobs"]["$inferSelect"] & { createdByName: string | null };
export type ImportRowRecord = Tables["customerImportRows"]["$inferSelect"];

function selectJobs(db: Pick<ReadDb, "select">, t: Tables) {
  return db
    .select({ ...getTableColumns(t.customerImportJobs), createdByName: t.staffUsers.name })
    .from(t.customerImportJobs)
    .leftJoin(t.staffUsers, eq(t.staffUsers.id, t.customerImportJobs.createdByStaffId));
}

export async function getImportJob(data: Database, scope: FacilityScope, jobId: number): Promise<ImportJobRow> {
  const { t } = data;
  const [job] = await selectJobs(data.read, t).where(
    scope.where(t.customerImportJobs, eq(t.customerImportJobs.id, jobId)),
  );
  if (!job) throw notFound("Customer import");
  return job;
}

/** The job as the transaction deciding on it reads it, or NOT_FOUND. */
async function jobForUpdate(data: Database, tx: WriteDb, scope: FacilityScope, jobId: number) {
  const { t } = data;
  const [job] = await data.dialect.forUpdate(
    tx
      .select({ status: t.customerImportJobs.status })
      .from(t.customerImportJobs)
      .where(scope.where(t.customerImportJobs, eq(t.customerImportJobs.id, jobId))),
  );
  if (!job) throw notFound("Customer import");
  return job;
}

/** Runs a preview. Only the first call starts it: a double click (or two servers) imports once. */
export async function startImport(data: Database, scope: FacilityScope, jobId: number, now: Date) {
  const { t } = data;
  await data.transaction(async (tx) => {
    const job = await jobForUpdate(data, tx, scope, jobId);
    if (job.status !== "PREVIEW") throw conflict("This import has already been run.");
    await tx
      .update(t.customerImportJobs)
      .set({ status: "RUNNING", startedAt: now })
      .where(and(eq(t.customerImportJobs.id, jobId), eq(t.customerImportJobs.status, "PREVIEW")));
  });
  return getImportJob(data, scope, jobId);
}

/** Drops a preview staff decided not to run; an import already running cannot be cancelled. */
export async function cancelImport(data: Database, scope: FacilityScope, jobId: number): Promise<void> {
  const { t } = data;
  await data.transaction(async (tx) => {
    const job = await jobForUpdate(data, tx, scope, jobId);
    if (job.status !== "PREVIEW") throw conflict("Only a preview can be cancelled; this import has been run.");
    await tx.delete(t.customerImportRows).where(eq(t.customerImportRows.jobId, jobId));
    await tx.update(t.customerImportJobs).set({ status: "CANCELLED" }).where(eq(t.customerImportJobs.id, jobId));
  });
}

/** Previews nobody ran within a day are dropped with their rows (see the bulk invite's purge). */
export async function purgeStaleImportPreviews(data: Database, now: Date): Promise<number> {
  const { t } = data;
  const jobs = t.customerImportJobs;
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
    await tx.delete(t.customerImportRows).where(
      data.dialect.inList(
        t.customerImportRows.jobId,
        cancelled.map((job) => job.id),
      ),
    );
    return cancelled.length;
  });
}

/**
 * A page of a job's rows in file order, after a line. `problems` true keeps duplicates and errors,
 * false the rest. jobId comes from a job read through the viewer's scope.
 */
export async function importRows(
  data: Database,
  jobId: number,
  opts: { problems?: boolean | null; first: number; afterLine?: number | null },
): Promise<ImportRowRecord[]> {
  const rows = data.t.customerImportRows;
  const planFilter =
    opts.problems === true
      ? inArray(rows.plan, ["DUPLICATE", "ERROR"])
      : opts.problems === false
        ? inArray(rows.plan, ["NEW_CUSTOMER", "SAME_CUSTOMER"])
        : undefined;
  return data.read
    .select()
    .from(rows)
    .where(and(eq(rows.jobId, jobId), gt(rows.line, opts.afterLine ?? 0), planFilter))
    .orderBy(asc(rows.line))
    .limit(opts.first);
}

function outcome(r: ImportRowRecord): string {
  if (r.result === "CREATED") return r.plan === "NEW_CUSTOMER" ? "Customer created" : "Car added";
  if (r.result === "SKIPPED") return r.plan === "ERROR" ? "Error" : "Skipped";
  return r.plan === "ERROR" ? "Error" : r.plan === "DUPLICATE" ? "Duplicate" : "To import";
}

/** The report staff download: every line, its plan and what happened. Formula-like cells are neutralised. */
export async function importReportCsv(data: Database, jobId: number, facilityCountry: string): Promise<string> {
  const table = data.t.customerImportRows;
  const rows = await data.read.select().from(table).where(eq(table.jobId, jobId)).orderBy(asc(table.line));
  return csvDocument(
    ["line", "outcome", "reason", "customer_id", "name", "email", "phone", "car"],
    rows.map((r) => [
      r.line,
      outcome(r),
      r.detail ?? "",
      r.customerId ?? r.matchedCustomerId ?? "",
      r.name ?? "",
      r.email ?? "",
      formatPhone(r.phone, facilityCountry) ?? "",
      [r.carYear, r.carMake, r.carModel, r.carPlate].filter((v) => v !== null && v !== "").join(" "),
    ]),
  );
}

/** The counts a finished import's audit line and report tell. */
export function importCounts(job: ImportJobRow) {
  return {
    customersCreated: job.customersCreated,
    carsCreated: job.carsCreated,
    skipped: job.skipped,
    total: job.total,
  };
}
