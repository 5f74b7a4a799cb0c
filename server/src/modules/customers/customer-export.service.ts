import { and, asc, type Column, eq, getTableColumns, inArray } from "drizzle-orm";
import type { Database } from "../../db/database.js";
import type { FacilityScope } from "../../db/tenancy.js";
import { conflict, notFound } from "../../lib/domain-error.js";
import { recordAudit } from "../audit/audit.service.js";
import type { ServiceDeps } from "../service-deps.js";

// A customer's data for an access request (docs/decisions/0034-customer-deletion-and-export.md):
// what staff hold about them as JSON, and their documents and photos as files.

type ExportDeps = Pick<ServiceDeps, "data" | "clock">;

/** The most file bytes one export carries: beyond it the download is refused before it starts. */
export const MAX_EXPORT_BYTES = 1024 * 1024 * 1024;

export type ExportFile = { fileId: number; path: string; size: number };
export type CustomerExport = { name: string; json: Record<string, unknown>; files: ExportFile[] };

/** Every column of a table but the ones named: secrets and bytes stay out of the export. */
function columnsExcept<T extends Parameters<typeof getTableColumns>[0]>(table: T, omit: string[]) {
  const columns = { ...getTableColumns(table) } as Record<string, unknown>;
  for (const name of omit) delete columns[name];
  return columns as ReturnType<typeof getTableColumns<T>>;
}

const safeName = (name: string) => name.replace(/[\\/:*?"<>|\p{C}]/gu, "_").slice(0, 120) || "file";

/**
 * Reads everything about the customer in one transaction that also records CUSTOMER_EXPORTED; the
 * file bytes are read afterwards, one at a time, by the caller (exportFileBytes). A foreign id
 * answers NOT_FOUND like a missing one.
 */
export async function exportCustomer(
  deps: ExportDeps,
  scope: FacilityScope,
  customerId: number,
): Promise<CustomerExport> {
  const { data } = deps;
  const { t } = data;
  const now = deps.clock.now();
  return data.transaction(async (tx) => {
    const [customer] = await tx
      .select(columnsExcept(t.customers, ["sortName", "phoneDigits", "latestInvitationId", "facilityId"]))
      .from(t.customers)
      .where(scope.where(t.customers, eq(t.customers.id, customerId)));
    if (!customer) throw notFound("Customer");
    const byCustomer = eq(t.contacts.customerId, customerId);
    const ids = (rows: Array<{ id: number }>) => rows.map((r) => r.id);
    const whereIn = (column: Column, list: number[]) => (list.length > 0 ? inArray(column, list) : eq(column, -1));

    const contacts = await tx
      .select(columnsExcept(t.contacts, ["facilityId", "latestInvitationId"]))
      .from(t.contacts)
      .where(byCustomer)
      .orderBy(asc(t.contacts.id));
    const cars = await tx
      .select(columnsExcept(t.cars, ["facilityId"]))
      .from(t.cars)
      .where(eq(t.cars.customerId, customerId))
      .orderBy(asc(t.cars.id));
    const carIds = ids(cars);
    const carEvents = await tx
      .select(columnsExcept(t.carEvents, ["facilityId", "staffUserId"]))
      .from(t.carEvents)
      .where(whereIn(t.carEvents.carId, carIds))
      .orderBy(asc(t.carEvents.id));
    const conditionReports = await tx
      .select(columnsExcept(t.conditionReports, ["facilityId"]))
      .from(t.conditionReports)
      .where(whereIn(t.conditionReports.carId, carIds))
      .orderBy(asc(t.conditionReports.id));
    const invoices = await tx
      .select(columnsExcept(t.invoices, ["facilityId"]))
      .from(t.invoices)
      .where(and(eq(t.invoices.facilityId, scope.facilityId), eq(t.invoices.customerId, customerId)))
      .orderBy(asc(t.invoices.id));
    const invoiceIds = ids(invoices);
    const invoiceLines = await tx
      .select()
      .from(t.invoiceLines)
      .where(whereIn(t.invoiceLines.invoiceId, invoiceIds))
      .orderBy(asc(t.invoiceLines.invoiceId), asc(t.invoiceLines.position));
    const payments = await tx
      .select(columnsExcept(t.payments, ["facilityId", "recordedByStaffId", "stripeCheckoutSessionId"]))
      .from(t.payments)
      .where(whereIn(t.payments.invoiceId, invoiceIds))
      .orderBy(asc(t.payments.id));
    const estimates = await tx
      .select(columnsExcept(t.estimates, ["facilityId"]))
      .from(t.estimates)
      .where(eq(t.estimates.customerId, customerId))
      .orderBy(asc(t.estimates.id));
    const estimateLines = await tx
      .select()
      .from(t.estimateLines)
      .where(whereIn(t.estimateLines.estimateId, ids(estimates)))
      .orderBy(asc(t.estimateLines.estimateId), asc(t.estimateLines.position));
    const events = await tx
      .select(columnsExcept(t.events, ["facilityId"]))
      .from(t.events)
      .where(eq(t.events.customerId, customerId))
      .orderBy(asc(t.events.startsAt));
    const eventRsvps = await tx
      .select()
      .from(t.eventRsvps)
      .where(eq(t.eventRsvps.customerId, customerId))
      .orderBy(asc(t.eventRsvps.id));
    const messages = await tx
      .select(columnsExcept(t.messages, ["facilityId", "staffUserId", "portalAccountId"]))
      .from(t.messages)
      .where(eq(t.messages.customerId, customerId))
      .orderBy(asc(t.messages.id));
    const serviceRequests = await tx
      .select(columnsExcept(t.serviceRequests, ["facilityId"]))
      .from(t.serviceRequests)
      .where(eq(t.serviceRequests.customerId, customerId))
      .orderBy(asc(t.serviceRequests.id));
    const serviceRequestUpdates = await tx
      .select()
      .from(t.serviceRequestUpdates)
      .where(whereIn(t.serviceRequestUpdates.requestId, ids(serviceRequests)))
      .orderBy(asc(t.serviceRequestUpdates.id));
    const invitations = await tx
      .select(columnsExcept(t.invitations, ["facilityId", "invitedByStaffId"]))
      .from(t.invitations)
      .where(eq(t.invitations.customerId, customerId))
      .orderBy(asc(t.invitations.id));
    const invitationEvents = await tx
      .select()
      .from(t.invitationEvents)
      .where(whereIn(t.invitationEvents.invitationId, ids(invitations)))
      .orderBy(asc(t.invitationEvents.id));
    const portalAccounts = await tx
      .select({
        id: t.portalAccounts.id,
        contactId: t.portalAccounts.contactId,
        activatedAt: t.portalAccounts.activatedAt,
        lastSignInAt: t.portalAccounts.lastSignInAt,
        onboardedAt: t.portalAccounts.onboardedAt,
        hasPassword: t.portalAccounts.passwordHash,
      })
      .from(t.portalAccounts)
      .where(eq(t.portalAccounts.customerId, customerId))
      .orderBy(asc(t.portalAccounts.id));
    const portalSignIns = await tx
      .select({ at: t.auditEvents.at, person: t.auditEvents.actorName, details: t.auditEvents.details })
      .from(t.auditEvents)
      .where(
        and(
          eq(t.auditEvents.facilityId, scope.facilityId),
          eq(t.auditEvents.customerId, customerId),
          eq(t.auditEvents.action, "PORTAL_SIGNED_IN"),
        ),
      )
      .orderBy(asc(t.auditEvents.at), asc(t.auditEvents.id));
    const documents = await tx
      .select({
        ...columnsExcept(t.documents, ["facilityId", "uploadedByStaffId"]),
        fileName: t.files.fileName,
        contentType: t.files.contentType,
        size: t.files.size,
      })
      .from(t.documents)
      .innerJoin(t.files, eq(t.files.id, t.documents.fileId))
      .where(eq(t.documents.customerId, customerId))
      .orderBy(asc(t.documents.id));
    const documentSignatures = await tx
      .select()
      .from(t.documentSignatures)
      .where(eq(t.documentSignatures.customerId, customerId))
      .orderBy(asc(t.documentSignatures.id));
    const carPhotos = await tx
      .select({
        id: t.carPhotos.id,
        carId: t.carPhotos.carId,
        fileId: t.carPhotos.fileId,
        caption: t.carPhotos.caption,
        createdAt: t.carPhotos.createdAt,
        fileName: t.files.fileName,
        size: t.files.size,
      })
      .from(t.carPhotos)
      .innerJoin(t.files, eq(t.files.id, t.carPhotos.fileId))
      .where(whereIn(t.carPhotos.carId, carIds))
      .orderBy(asc(t.carPhotos.id));
    const reportPhotos = await tx
      .select({
        id: t.conditionReportPhotos.id,
        reportId: t.conditionReportPhotos.reportId,
        fileId: t.conditionReportPhotos.fileId,
        fileName: t.files.fileName,
        size: t.files.size,
      })
      .from(t.conditionReportPhotos)
      .innerJoin(t.files, eq(t.files.id, t.conditionReportPhotos.fileId))
      .where(whereIn(t.conditionReportPhotos.reportId, ids(conditionReports)))
      .orderBy(asc(t.conditionReportPhotos.id));

    const files: ExportFile[] = [
      ...documents.map((d) => ({ fileId: d.fileId, path: `documents/${d.id}-${safeName(d.fileName)}`, size: d.size })),
      ...carPhotos.map((p) => ({
        fileId: p.fileId,
        path: `photos/car-${p.carId}-${p.id}-${safeName(p.fileName)}`,
        size: p.size,
      })),
      ...reportPhotos.map((p) => ({
        fileId: p.fileId,
        path: `photos/condition-report-${p.reportId}-${p.id}-${safeName(p.fileName)}`,
        size: p.size,
      })),
    ];
    if (files.reduce((sum, f) => sum + f.size, 0) > MAX_EXPORT_BYTES) {
      throw conflict("This customer's files are too large to export in one download");
    }
    const pathOf = new Map(files.map((f) => [f.fileId, f.path]));

    await recordAudit(tx, t, scope, now, { action: "CUSTOMER_EXPORTED", customerId, subject: customer.name });
    const json = {
      exportedAt: now.toISOString(),
      customer,
      contacts,
      cars: cars.map((car) => ({
        ...car,
        events: carEvents.filter((e) => e.carId === car.id),
        conditionReports: conditionReports
          .filter((r) => r.carId === car.id)
          .map((r) => ({
            ...r,
            photos: reportPhotos.filter((p) => p.reportId === r.id).map((p) => pathOf.get(p.fileId)),
          })),
        photos: carPhotos
          .filter((p) => p.carId === car.id)
          .map((p) => ({ file: pathOf.get(p.fileId), caption: p.caption, createdAt: p.createdAt })),
      })),
      invoices: invoices.map((invoice) => ({
        ...invoice,
        lines: invoiceLines.filter((l) => l.invoiceId === invoice.id),
        payments: payments.filter((p) => p.invoiceId === invoice.id),
      })),
      estimates: estimates.map((estimate) => ({
        ...estimate,
        lines: estimateLines.filter((l) => l.estimateId === estimate.id),
      })),
      events,
      eventResponses: eventRsvps,
      messages,
      serviceRequests: serviceRequests.map((request) => ({
        ...request,
        updates: serviceRequestUpdates.filter((u) => u.requestId === request.id),
      })),
      invitations: invitations.map((invitation) => ({
        ...invitation,
        timeline: invitationEvents.filter((e) => e.invitationId === invitation.id),
      })),
      portalAccounts: portalAccounts.map(({ hasPassword, ...account }) => ({ ...account, hasPassword: !!hasPassword })),
      portalSignIns: portalSignIns.map((s) => ({ ...s, details: s.details ? JSON.parse(s.details) : null })),
      documents: documents.map((d) => ({ ...d, file: pathOf.get(d.fileId) })),
      documentSignatures,
    };
    return { name: customer.name, json, files };
  });
}

/** One file's bytes, of the facility; null when it went since the export was read. */
export async function exportFileBytes(data: Database, scope: FacilityScope, fileId: number): Promise<Buffer | null> {
  const { t } = data;
  const [row] = await data.read
    .select({ data: t.files.data })
    .from(t.files)
    .where(scope.where(t.files, eq(t.files.id, fileId)));
  return row ? Buffer.from(row.data) : null;
}
