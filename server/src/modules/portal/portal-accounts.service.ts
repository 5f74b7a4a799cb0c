import { inArray } from "drizzle-orm";
import { writeTransaction } from "../../db/client.js";
import { customers } from "../../db/schema.js";
import type { Context } from "../../graphql/context.js";
import { notFound } from "../../lib/domain-error.js";
import type { PortalViewer } from "../auth/sessions.js";
import { eligiblePeople, emailOfPerson, startPortalSession } from "./portal-session.js";

export type AccountChoice = { customerId: number; customerName: string; current: boolean };

/** The accounts the signed-in address may open at this facility (one email, several accounts). */
export function accountChoices(ctx: Context, viewer: PortalViewer): AccountChoice[] {
  const email = emailOfPerson(ctx.db, viewer);
  if (!email) return [];
  const people = eligiblePeople(ctx.db, email, viewer.facilityId);
  const ids = [...new Set([viewer.customerId, ...people.map((p) => p.customerId)])];
  const names = new Map(
    ctx.db
      .select({ id: customers.id, name: customers.name })
      .from(customers)
      .where(inArray(customers.id, ids))
      .all()
      .map((c) => [c.id, c.name]),
  );
  return ids.map((id) => ({ customerId: id, customerName: names.get(id) ?? "", current: id === viewer.customerId }));
}

/** Opens another account of the same address: allowed because that address proved itself at sign-in. */
export function switchAccount(ctx: Context, viewer: PortalViewer, customerId: number): PortalViewer {
  const now = ctx.clock.now();
  return writeTransaction(ctx.db, (tx) => {
    const email = emailOfPerson(tx, viewer);
    const target = email
      ? eligiblePeople(tx, email, viewer.facilityId).find((p) => p.customerId === customerId)
      : undefined;
    if (!target) throw notFound("Account");
    return startPortalSession(ctx, tx, target, now);
  });
}
