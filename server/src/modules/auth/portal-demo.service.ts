import { and, eq } from "drizzle-orm";
import type { ServiceDeps } from "../service-deps.js";
import { demoModeOn } from "./demo-mode.js";

/** The demo's showcase customer (server/src/db/seed/showcase.ts): the portal worth signing in to. */
export const DEMO_PORTAL_CUSTOMER = { name: "Eleanor Whitaker", email: "eleanor@example.com" } as const;

export const DEV_MAILBOX_PATH = "/dev/mailbox";

/**
 * Who to sign in as on the portal's sign-in page of a demo, and where the link arrives. The hint
 * needs a demo that emails to the local mailbox (no Postmark token: a real one would send the link
 * to an address nobody reads) and a database seeded with the showcase customer in the portal.
 */
export async function portalDemoSignIn({
  data,
  config,
}: Pick<ServiceDeps, "data" | "config">): Promise<{ email: string; mailboxPath: string } | null> {
  if (config.postmark.serverToken || !(await demoModeOn(config, data))) return null;
  const { customers: c, portalAccounts: pa } = data.t;
  const [inPortal] = await data.read
    .select({ id: c.id })
    .from(c)
    .innerJoin(pa, and(eq(pa.customerId, c.id), eq(pa.personKey, 0)))
    .where(eq(c.email, DEMO_PORTAL_CUSTOMER.email))
    .limit(1);
  if (!inPortal) return null;
  return { email: DEMO_PORTAL_CUSTOMER.email, mailboxPath: DEV_MAILBOX_PATH };
}
