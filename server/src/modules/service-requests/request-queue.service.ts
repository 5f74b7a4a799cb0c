import { asc, desc, eq, gt, isNull, lt, sql } from "drizzle-orm";
import { type Database, preparedRead } from "../../db/database.js";
import { FacilityScope } from "../../db/tenancy.js";
import { badInput } from "../../lib/domain-error.js";
import { type RequestRow, type RequestStatus, selectRequests } from "./service-request.service.js";

/**
 * The staff queue is four runs, each walked on an index in its own order: NEW, SCHEDULED and
 * IN_PROGRESS oldest first on (facility, status, id), then the closed ones (DONE and CANCELLED
 * together) newest first on their own partial index. A page reads the runs from its cursor's run on
 * until it is full: at most four statements, whatever the depth (docs/decisions/0049).
 */
const QUEUE_RUNS = [
  { statuses: ["NEW"], newestFirst: false },
  { statuses: ["SCHEDULED"], newestFirst: false },
  { statuses: ["IN_PROGRESS"], newestFirst: false },
  { statuses: ["DONE", "CANCELLED"], newestFirst: true },
] as const satisfies ReadonlyArray<{ statuses: readonly RequestStatus[]; newestFirst: boolean }>;

/** One run's requests of one status, from its start or past a request: placeholders status, afterId, limit. */
function queueRunRead(newestFirst: boolean, continued: boolean) {
  const order = newestFirst ? "newest" : "oldest";
  return preparedRead(`service_request_queue_${order}${continued ? "_after" : ""}`, (db, t) => {
    const r = t.serviceRequests;
    const after = sql.placeholder("afterId");
    return (
      selectRequests(db, t)
        // An archived customer's requests leave the queue with them (docs/decisions/0029).
        .where(
          FacilityScope.preparedWhere(
            r,
            eq(r.status, sql.placeholder("status")),
            continued ? (newestFirst ? lt(r.id, after) : gt(r.id, after)) : undefined,
            isNull(t.customers.archivedAt),
          ),
        )
        .orderBy(newestFirst ? desc(r.id) : asc(r.id))
        .limit(sql.placeholder("limit"))
    );
  });
}

/** The closed run whole (done and cancelled, newest first) on its partial index: placeholders afterId, limit. */
function closedRunRead(continued: boolean) {
  return preparedRead(`service_request_queue_closed${continued ? "_after" : ""}`, (db, t) => {
    const r = t.serviceRequests;
    return (
      selectRequests(db, t)
        // The same words as the partial index's condition, so that both engines may use it.
        .where(
          FacilityScope.preparedWhere(
            r,
            sql`${r.status} IN ('DONE', 'CANCELLED')`,
            continued ? lt(r.id, sql.placeholder("afterId")) : undefined,
            isNull(t.customers.archivedAt),
          ),
        )
        .orderBy(desc(r.id))
        .limit(sql.placeholder("limit"))
    );
  });
}

const queueRunReads = {
  oldest: queueRunRead(false, false),
  oldestAfter: queueRunRead(false, true),
  newest: queueRunRead(true, false),
  newestAfter: queueRunRead(true, true),
  closed: closedRunRead(false),
  closedAfter: closedRunRead(true),
};

/** Where a page of the staff queue ended: the run of its last request and that request's id. */
export type QueuePosition = { run: number; id: number };

/**
 * A page of the staff queue: open requests first (new, scheduled, in progress), oldest first within
 * each status; closed ones after, newest first. `statuses` keeps only those; none means all.
 */
export async function requestQueuePage(
  data: Database,
  scope: FacilityScope,
  statuses: readonly RequestStatus[] | null,
  page: { first: number; after: QueuePosition | null },
): Promise<{ rows: RequestRow[]; positions: QueuePosition[]; hasNextPage: boolean }> {
  const rows: RequestRow[] = [];
  const positions: QueuePosition[] = [];
  for (const [run, { statuses: ofRun, newestFirst }] of QUEUE_RUNS.entries()) {
    const limit = page.first + 1 - rows.length;
    if (limit <= 0) break;
    if (page.after && run < page.after.run) continue;
    const wanted = ofRun.filter((s) => !statuses?.length || statuses.includes(s));
    if (wanted.length === 0) continue;
    const afterId = page.after?.run === run ? page.after.id : null;
    const found = await readRun(data, scope, { wanted, newestFirst, afterId, limit });
    rows.push(...found);
    positions.push(...found.map((row) => ({ run, id: row.id })));
  }
  return {
    rows: rows.slice(0, page.first),
    positions: positions.slice(0, page.first),
    hasNextPage: rows.length > page.first,
  };
}

function readRun(
  data: Database,
  scope: FacilityScope,
  run: { wanted: RequestStatus[]; newestFirst: boolean; afterId: number | null; limit: number },
): Promise<RequestRow[]> {
  const { afterId, limit } = run;
  const continued = afterId != null;
  if (run.wanted.length > 1) {
    const read = continued ? queueRunReads.closedAfter : queueRunReads.closed;
    return read(data).execute(scope.values({ afterId, limit }));
  }
  const read = run.newestFirst
    ? continued
      ? queueRunReads.newestAfter
      : queueRunReads.newest
    : continued
      ? queueRunReads.oldestAfter
      : queueRunReads.oldest;
  return read(data).execute(scope.values({ status: run.wanted[0], afterId, limit }));
}

/** The queue's cursor: the run and id of the last request seen ("q3_1042"), opaque to clients. */
export function encodeQueueCursor(position: QueuePosition): string {
  return `q${position.run}_${position.id}`;
}

export function decodeQueueCursor(after: string | null): QueuePosition | null {
  if (after == null) return null;
  const match = /^q([0-3])_([1-9]\d{0,15})$/.exec(after);
  if (!match) throw badInput("That cursor is not from this list", { after: "Invalid cursor" });
  return { run: Number(match[1]), id: Number(match[2]) };
}
