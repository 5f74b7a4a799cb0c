import { Field, ObjectType } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { demoModeOn } from "../auth/demo-mode.js";

/** The demo's showcase customer (server/src/db/seed/showcase.ts): the portal worth signing in to. */
export const DEMO_PORTAL_CUSTOMER = { name: "Eleanor Whitaker", email: "eleanor@example.com" } as const;

export const DEV_MAILBOX_PATH = "/dev/mailbox";

@ObjectType({ description: "Shown on the portal's sign-in page of a demo deployment only." })
export class PortalDemoSignIn {
  @Field({ description: "The showcase customer's address: ask for a sign-in link with it." })
  email: string;

  @Field({ description: "Where the sign-in email arrives: the local mailbox." })
  mailboxPath: string;
}

/**
 * The hint needs a demo that emails to the local mailbox (no Postmark token: a real one would send
 * the link to an address nobody reads) and a database seeded with the showcase customer in the portal.
 */
export function portalDemoSignIn(ctx: Context): PortalDemoSignIn | null {
  if (!demoModeOn(ctx.config, ctx.db) || ctx.config.postmark.serverToken) return null;
  const inPortal = ctx.db.$client
    .prepare(
      `SELECT 1 FROM customers c JOIN portal_accounts pa ON pa.customer_id = c.id AND pa.person_key = 0
       WHERE c.email = ? LIMIT 1`,
    )
    .get(DEMO_PORTAL_CUSTOMER.email);
  if (!inPortal) return null;
  return Object.assign(new PortalDemoSignIn(), { email: DEMO_PORTAL_CUSTOMER.email, mailboxPath: DEV_MAILBOX_PATH });
}
