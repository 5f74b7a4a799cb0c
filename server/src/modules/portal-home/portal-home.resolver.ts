import type { GraphQLResolveInfo } from "graphql";
import { DateTimeISOResolver } from "graphql-scalars";
import { Authorized, Ctx, Field, ID, Info, Int, ObjectType, Query, Resolver, registerEnumType } from "type-graphql";
import { FacilityScope } from "../../db/tenancy.js";
import { Role } from "../../graphql/auth.js";
import { type Context, facilityToday, requirePortal } from "../../graphql/context.js";
import { selectsAnyOf, subfield } from "../../graphql/pagination.js";
import { documentsOfCustomer } from "../documents/document.service.js";
import { Document } from "../documents/document.type.js";
import { estimatesOfCustomer } from "../estimates/estimate.service.js";
import { Estimate } from "../estimates/estimate.type.js";
import { upcomingEventsForCustomer } from "../events/event.service.js";
import { ScheduledEvent } from "../events/event.type.js";
import { PortalSection } from "../facilities/sections.service.js";
import { invoiceDisplayStatus, invoicesOfCustomer } from "../invoices/invoice.service.js";
import { portalReaderAccount } from "../messages/message.service.js";
import { requestsOfCustomer } from "../service-requests/service-request.service.js";
import { homeCounts } from "./portal-home.service.js";

@ObjectType({ description: "What needs the customer's attention. A section turned off gives null / empty." })
export class PortalHome {
  @Field(() => Int, { nullable: true, description: "Outstanding balance (Billing on)." })
  balanceDueCents: number | null;

  @Field(() => Int, { nullable: true, description: "How many invoices are overdue (Billing on)." })
  overdueInvoices: number | null;

  @Field(() => [Document], { description: "Shared documents waiting for a signature (Documents on)." })
  contractsToSign: Document[];

  @Field(() => [Estimate], { description: "Sent estimates waiting for an answer (Estimates on)." })
  estimatesWaiting: Estimate[];

  @Field(() => [ScheduledEvent], { description: "The next three events (Events on)." })
  upcomingEvents: ScheduledEvent[];

  @Field(() => Int, { nullable: true, description: "Unread messages from the team (Messages on)." })
  unreadMessages: number | null;

  @Field(() => Int, { nullable: true, description: "Service requests still open (Service requests on)." })
  openServiceRequests: number | null;
}

export enum HistoryKind {
  INVOICE = "INVOICE",
  SERVICE = "SERVICE",
}
registerEnumType(HistoryKind, {
  name: "HistoryKind",
  description: "What a line of order history is.",
  valuesConfig: {
    INVOICE: { description: "An issued invoice; refId is the invoice's ID." },
    SERVICE: { description: "Finished work; refId is the service request's ID." },
  },
});

@ObjectType({ description: "One line of order history: an invoice, or work done." })
export class HistoryItem {
  @Field(() => HistoryKind, { description: "What the line is." })
  kind: HistoryKind;

  @Field(() => ID, { description: "The invoice's or service request's ID." })
  refId: string;

  @Field({ description: "A short label." })
  title: string;

  @Field({ description: "An invoice's displayStatus (DUE, OVERDUE, PAID, VOID) or a request's status (DONE)." })
  status: string;

  @Field(() => DateTimeISOResolver, { description: "An invoice's issue date, or when the request last changed." })
  date: Date;

  @Field(() => Int, { nullable: true, description: "An invoice's total in cents; null for work." })
  amountCents: number | null;
}

@Resolver()
export class PortalHomeResolver {
  @Authorized(Role.PORTAL)
  @Query(() => PortalHome, {
    description: "The portal's home page for the signed-in person: what needs their attention.",
  })
  async portalHome(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<PortalHome> {
    const viewer = requirePortal(ctx);
    const sections = new Set(viewer.sections);
    const { facilityId, customerId } = viewer;
    const now = ctx.clock.now();
    const today = await facilityToday(ctx, facilityId);
    const scope = new FacilityScope(facilityId);
    const on = (section: PortalSection) => sections.has(section);
    // Independent reads, issued together: on PostgreSQL they run side by side on the pool.
    const [counts, documents, estimates, events] = await Promise.all([
      homeCounts(ctx.data, scope, customerId, {
        today,
        readerAccountId: on(PortalSection.MESSAGES) ? await portalReaderAccount(ctx.data, scope, viewer) : 0,
      }),
      on(PortalSection.DOCUMENTS) ? documentsOfCustomer(ctx.data, scope, customerId, { sharedOnly: true }) : [],
      on(PortalSection.ESTIMATES) ? estimatesOfCustomer(ctx.data, scope, customerId, { sentOnly: true }) : [],
      on(PortalSection.EVENTS)
        ? upcomingEventsForCustomer(
            ctx.data,
            scope,
            customerId,
            now,
            3,
            // The home shows no count of who is going; a client asking for one gets it counted.
            selectsAnyOf(subfield(info, "upcomingEvents"), ["goingCount", "goingGuests"]) ? "going" : "uncounted",
          )
        : [],
    ]);
    return Object.assign(new PortalHome(), {
      balanceDueCents: on(PortalSection.BILLING) ? counts.outstandingCents : null,
      overdueInvoices: on(PortalSection.BILLING) ? counts.overdue : null,
      contractsToSign: documents
        .filter((d) => d.requiresSignature && d.signature === null)
        .map((d) => Document.from(d, false)),
      estimatesWaiting: estimates.filter((e) => e.status === "SENT").map(Estimate.from),
      upcomingEvents: events.map(ScheduledEvent.from),
      unreadMessages: on(PortalSection.MESSAGES) ? counts.unread : null,
      openServiceRequests: on(PortalSection.SERVICE_REQUESTS) ? counts.openRequests : null,
    });
  }

  @Authorized(Role.PORTAL)
  @Query(() => [HistoryItem], { description: "Order history: issued invoices and finished work, newest first." })
  async portalOrderHistory(@Ctx() ctx: Context): Promise<HistoryItem[]> {
    const viewer = requirePortal(ctx);
    const sections = new Set(viewer.sections);
    const items: HistoryItem[] = [];
    const today = await facilityToday(ctx, viewer.facilityId);
    if (sections.has(PortalSection.BILLING)) {
      const invoices = await invoicesOfCustomer(ctx.data, new FacilityScope(viewer.facilityId), viewer.customerId, {
        includeDrafts: false,
      });
      for (const i of invoices) {
        items.push(
          Object.assign(new HistoryItem(), {
            kind: HistoryKind.INVOICE,
            refId: String(i.id),
            title: `Invoice ${i.number}`,
            status: invoiceDisplayStatus(i, today),
            date: new Date(`${i.issuedOn}T12:00:00Z`),
            amountCents: i.totalCents,
          }),
        );
      }
    }
    if (sections.has(PortalSection.SERVICE_REQUESTS)) {
      const requests = await requestsOfCustomer(ctx.data, new FacilityScope(viewer.facilityId), viewer.customerId);
      for (const r of requests.filter((r) => r.status === "DONE")) {
        items.push(
          Object.assign(new HistoryItem(), {
            kind: HistoryKind.SERVICE,
            refId: String(r.id),
            title: `${r.type.charAt(0)}${r.type.slice(1).toLowerCase().replace("_", " ")}${r.carName ? ` · ${r.carName}` : ""}`,
            status: r.status,
            date: r.updatedAt,
            amountCents: null,
          }),
        );
      }
    }
    return items.sort((a, b) => b.date.getTime() - a.date.getTime());
  }
}
