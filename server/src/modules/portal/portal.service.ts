import { eq } from "drizzle-orm";
import { contacts, customers } from "../../db/schema.js";
import type { Context } from "../../graphql/context.js";
import type { PortalViewer as Viewer } from "../auth/sessions.js";
import { getFacility } from "../facilities/facility.service.js";
import { PortalFacility } from "../facilities/facility.type.js";
import { PortalAccount, PortalAccountChoice, PortalViewer } from "./portal.type.js";
import { accountChoices } from "./portal-accounts.service.js";

/** Everything read here is keyed by the session's own customer id: a portal person sees only their account. */
export function portalViewerOf(ctx: Context, viewer: Viewer): PortalViewer {
  const { db } = ctx;
  const customer = db.select().from(customers).where(eq(customers.id, viewer.customerId)).get();
  if (!customer) throw new Error("portal session without its customer");
  const contact =
    viewer.contactId === null ? null : db.select().from(contacts).where(eq(contacts.id, viewer.contactId)).get();
  const account = Object.assign(new PortalAccount(), {
    customerName: customer.name,
    owner: { facilityId: viewer.facilityId, customerId: viewer.customerId },
  });
  return Object.assign(new PortalViewer(), {
    name: contact?.name ?? customer.name,
    email: contact?.email ?? customer.email ?? "",
    isContact: contact !== null,
    facility: PortalFacility.from(getFacility(db, viewer.facilityId)),
    account,
    preview: viewer.preview === true,
    accounts: (viewer.preview ? [] : accountChoices(ctx, viewer)).map((choice) =>
      Object.assign(new PortalAccountChoice(), { ...choice, customerId: String(choice.customerId) }),
    ),
  });
}
