// Builders shared by the email worker's tests: a facility, an invite queued the way the invitations
// module queues it, and a worker config pointed at a Postmark stand-in.
import type { Config } from "../src/config.js";
import { type Db, writeTransaction } from "../src/db/client.js";
import { customers, facilities, invitations, signInLinks } from "../src/db/schema.js";
import { enqueueEmailInSyncTransaction } from "../src/email/outbox.js";
import { DAY, type ManualClock } from "../src/lib/clock.js";

export function workerTestConfig(postmark: Config["postmark"]): Config {
  return {
    env: "test",
    port: 0,
    host: "127.0.0.1",
    databaseUrl: ":memory:",
    publicUrl: "https://portal.example.com",
    postmark,
    emailFrom: "Portico <no-reply@portico.test>",
    stripeApiUrl: "https://api.stripe.com",
    demoMode: false,
    emailWorker: true,
    logLevel: "silent",
    shutdownGraceSeconds: 10,
  };
}

export function seedFacility(db: Db, name = "Harbor Storage"): number {
  return db
    .insert(facilities)
    .values({
      slug: name.toLowerCase().replace(/\W+/g, "-"),
      name,
      brandColor: "#0b7285",
      replyToEmail: "desk@harbor.test",
      welcomeMessage: "Welcome aboard!",
    })
    .returning({ id: facilities.id })
    .get().id;
}

/** What the invitations module does: invitation + link + outbox row in one transaction. */
export function queueInvite(db: Db, clock: ManualClock, facilityId: number, email: string, name = "Jane Doe") {
  const now = clock.now();
  return writeTransaction(db, (tx) => {
    const customerId = tx
      .insert(customers)
      .values({ facilityId, name, sortName: name.toLowerCase(), email })
      .returning({ id: customers.id })
      .get().id;
    const expiresAt = new Date(now.getTime() + 7 * DAY);
    const invitationId = tx
      .insert(invitations)
      .values({ facilityId, customerId, email, expiresAt, createdAt: now })
      .returning({ id: invitations.id })
      .get().id;
    const linkId = tx
      .insert(signInLinks)
      .values({ facilityId, customerId, invitationId, purpose: "INVITE", email, expiresAt, createdAt: now })
      .returning({ id: signInLinks.id })
      .get().id;
    const outboxId = enqueueEmailInSyncTransaction(tx, {
      facilityId,
      kind: "INVITE",
      toEmail: email,
      signInLinkId: linkId,
      invitationId,
      now,
    });
    return { customerId, invitationId, linkId, outboxId };
  });
}
