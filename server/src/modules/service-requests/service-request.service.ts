import { asc, count, desc, eq, getTableColumns, notInArray, sql } from "drizzle-orm";
import type { Config } from "../../config.js";
import { type Database, preparedRead, type ReadDb, type Tables, type WriteDb } from "../../db/database.js";
import { returnedRow } from "../../db/rows.js";
import { FacilityScope } from "../../db/tenancy.js";
import { badInput, notFound } from "../../lib/domain-error.js";
import { emptyToNull } from "../../lib/text.js";
import { localDate } from "../../lib/time-zone.js";
import { type Notification, notify } from "../notifications/notify.service.js";
import { queueServiceRequestCreated } from "../webhooks/webhooks.service.js";

export const requestTypes = [
  "DETAILING",
  "SERVICE",
  "REPAIR",
  "DELIVERY",
  "PICK_UP",
  "STORAGE_CHANGE",
  "OTHER",
] as const;
export const requestStatuses = ["NEW", "SCHEDULED", "IN_PROGRESS", "DONE", "CANCELLED"] as const;
export type RequestType = (typeof requestTypes)[number];
export type RequestStatus = (typeof requestStatuses)[number];

export type RequestRow = Tables["serviceRequests"]["$inferSelect"] & {
  customerName: string;
  carName: string | null;
};
export type UpdateRow = Tables["serviceRequestUpdates"]["$inferSelect"];

/** A request with its customer's and car's names. */
export function selectRequests(db: Pick<WriteDb, "select">, t: Tables) {
  return db
    .select({
      ...getTableColumns(t.serviceRequests),
      customerName: t.customers.name,
      carName: sql<
        string | null
      >`trim(coalesce(${t.cars.year} || ' ', '') || ${t.cars.make} || ' ' || ${t.cars.model})`,
    })
    .from(t.serviceRequests)
    .innerJoin(t.customers, eq(t.customers.id, t.serviceRequests.customerId))
    .leftJoin(t.cars, eq(t.cars.id, t.serviceRequests.carId));
}

// The staff queue's badge, the portal's list and the request pages run on every request: prepared.
const requestsOfCustomerRead = preparedRead(
  "service_requests_of_customer",
  (db, t) =>
    selectRequests(db, t)
      .where(
        FacilityScope.preparedWhere(t.serviceRequests, eq(t.serviceRequests.customerId, sql.placeholder("customerId"))),
      )
      .orderBy(desc(t.serviceRequests.id)),
  { keyed: true },
);

/**
 * How many of a customer's service requests are still open (not done, not cancelled), as a
 * subquery for one-statement pages: placeholders customerId, facilityId.
 */
export function openRequestsCount(db: ReadDb, t: Tables) {
  const r = t.serviceRequests;
  return db
    .select({ n: count() })
    .from(r)
    .where(
      FacilityScope.preparedWhere(
        r,
        eq(r.customerId, sql.placeholder("customerId")),
        notInArray(r.status, ["DONE", "CANCELLED"]),
      ),
    );
}

const newRequestCountRead = preparedRead("new_service_request_count", (db, t) =>
  db
    .select({ n: count() })
    .from(t.serviceRequests)
    .where(FacilityScope.preparedWhere(t.serviceRequests, eq(t.serviceRequests.status, "NEW"))),
);

const requestByIdRead = preparedRead(
  "service_request_by_id",
  (db, t) =>
    selectRequests(db, t).where(
      FacilityScope.preparedWhere(t.serviceRequests, eq(t.serviceRequests.id, sql.placeholder("id"))),
    ),
  { keyed: true },
);

const updatesOfRead = preparedRead(
  "service_request_updates",
  (db, t) =>
    db
      .select(getTableColumns(t.serviceRequestUpdates))
      .from(t.serviceRequestUpdates)
      .innerJoin(t.serviceRequests, eq(t.serviceRequests.id, t.serviceRequestUpdates.requestId))
      .where(FacilityScope.preparedWhere(t.serviceRequests, eq(t.serviceRequests.id, sql.placeholder("requestId"))))
      .orderBy(asc(t.serviceRequestUpdates.id)),
  { keyed: true },
);

export async function requestsOfCustomer(
  data: Database,
  scope: FacilityScope,
  customerId: number,
): Promise<RequestRow[]> {
  return requestsOfCustomerRead(data).execute(scope.values({ customerId }));
}

/** One COUNT over the (facility, status) index, cheap enough to poll for a badge. */
export async function newRequestCount(data: Database, scope: FacilityScope): Promise<number> {
  const [row] = await newRequestCountRead(data).execute(scope.values({}));
  return row?.n ?? 0;
}

/** The scope's request; with customerId, only if it is that customer's. NOT_FOUND otherwise. */
export async function getRequest(
  data: Database,
  scope: FacilityScope,
  id: number,
  customerId?: number,
): Promise<RequestRow> {
  const [row] = await requestByIdRead(data).execute(scope.values({ id }));
  if (!row || (customerId !== undefined && row.customerId !== customerId)) throw notFound("Service request");
  return row;
}

/** A request's replies and status changes; the request is reached through the scope. */
export async function updatesOf(data: Database, scope: FacilityScope, requestId: number): Promise<UpdateRow[]> {
  return updatesOfRead(data).execute(scope.values({ requestId }));
}

type RequestInput = { type: RequestType; carId?: number | null; notes?: string | null; preferredDate?: string | null };

/** The checks of a new request that need no database; answers its preferred date, if any. */
function checkRequestInput(input: RequestInput): string | null {
  if (!requestTypes.includes(input.type)) throw badInput("Pick the kind of work", { type: "Required" });
  if (input.notes && input.notes.length > 4000)
    throw badInput("Notes are at most 4000 characters", { notes: "Too long" });
  const date = emptyToNull(input.preferredDate);
  if (date && (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(new Date(`${date}T00:00:00Z`).getTime()))) {
    throw badInput("Use a date like 2026-03-02", { preferredDate: "Use a real date" });
  }
  return date;
}

const dateInThePast = () => badInput("Pick today or a later date", { preferredDate: "In the past" });
const notYourCar = () => badInput("Pick one of your cars", { carId: "Not your car" });

export async function requestService(
  data: Database,
  viewer: { scope: FacilityScope; customerId: number },
  requestedBy: string,
  input: RequestInput,
  now: Date,
): Promise<number> {
  const date = checkRequestInput(input);
  const { t } = data;
  const { scope } = viewer;
  if (date) {
    const [facility] = await data.read
      .select({ timeZone: t.facilities.timeZone })
      .from(t.facilities)
      .where(eq(t.facilities.id, scope.facilityId));
    if (date < localDate(now, facility?.timeZone ?? "UTC")) throw dateInThePast();
  }
  return data.transaction(async (tx) => {
    if (input.carId != null) {
      const [car] = await tx
        .select({ customerId: t.cars.customerId })
        .from(t.cars)
        .where(scope.where(t.cars, eq(t.cars.id, input.carId)));
      if (car?.customerId !== viewer.customerId) throw notYourCar();
    }
    const { id } = returnedRow(
      await tx
        .insert(t.serviceRequests)
        .values({
          facilityId: scope.facilityId,
          customerId: viewer.customerId,
          carId: input.carId ?? null,
          type: input.type,
          notes: emptyToNull(input.notes),
          preferredDate: date,
          status: "NEW",
          requestedByName: requestedBy,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: t.serviceRequests.id }),
    );
    await queueServiceRequestCreated({ tx, t, facilityId: scope.facilityId, now }, id);
    return id;
  });
}

const STATUS_WORDS: Record<RequestStatus, string> = {
  NEW: "received",
  SCHEDULED: "scheduled",
  IN_PROGRESS: "in progress",
  DONE: "done",
  CANCELLED: "cancelled",
};

/**
 * Staff move a request along and/or reply; the customer's people who want scheduling emails hear
 * about it, queued in the same transaction.
 */
export async function updateRequest(
  deps: { data: Database; config: Pick<Config, "publicUrl"> },
  staff: { scope: FacilityScope; name: string },
  id: number,
  input: UpdateInput,
  now: Date,
): Promise<void> {
  const reply = checkUpdateInput(input);
  const { data, config } = deps;
  const { t } = data;
  const { scope } = staff;
  await data.transaction(async (tx) => {
    // The request's row is locked before it is read (decision 0018), so that of two staff moving it
    // at once, on PostgreSQL too, the second sees the first one's status: a change is recorded and
    // announced once.
    const ofScope = scope.where(t.serviceRequests, eq(t.serviceRequests.id, id));
    await data.dialect.forUpdate(tx.select({ id: t.serviceRequests.id }).from(t.serviceRequests).where(ofScope));
    const [request] = await selectRequests(tx, t).where(ofScope);
    if (!request) throw notFound("Service request");
    const status = input.status && input.status !== request.status ? input.status : null;
    await tx
      .insert(t.serviceRequestUpdates)
      .values({ requestId: id, authorName: staff.name, fromStaff: true, body: reply, status, createdAt: now });
    if (status) {
      await tx.update(t.serviceRequests).set({ status, updatedAt: now }).where(eq(t.serviceRequests.id, id));
    }
    const message = updateNotice(request, status, reply);
    await notify(
      tx,
      t,
      config,
      { scope, customerId: request.customerId, kind: "scheduling", outboxKind: "EVENT", now },
      message,
    );
  });
}

type UpdateInput = { status?: RequestStatus | null; reply?: string | null };

/** The checks of a staff update that need no database; answers the reply, if any. */
function checkUpdateInput(input: UpdateInput): string | null {
  const reply = emptyToNull(input.reply);
  if (!reply && !input.status) throw badInput("Change the status or write a reply");
  if (reply && reply.length > 4000) throw badInput("Replies are at most 4000 characters", { reply: "Too long" });
  return reply;
}

/** What the customer's people who want scheduling emails are told about a staff update. */
function updateNotice(
  request: Pick<RequestRow, "id" | "status" | "carName">,
  status: RequestStatus | null,
  reply: string | null,
): Notification {
  return {
    subject: status ? `Your request is ${STATUS_WORDS[status]}` : "An update on your request",
    title: status ? `Your service request is ${STATUS_WORDS[status]}` : "An update on your service request",
    lines: [reply ?? `${request.carName ?? "Your request"}: ${STATUS_WORDS[status ?? request.status]}.`],
    action: { label: "See the request", path: `/portal/requests/${request.id}` },
  };
}
