// Builders shared by the email worker's tests: a facility, an invite queued the way the invitations
// module queues it, and a worker config pointed at a Postmark stand-in.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import type { Config } from "../src/config.js";
import { type Db, openDataLayer } from "../src/db/client.js";
import type { Database } from "../src/db/database.js";
import { customers, emailOutbox, facilities, invitations, signInLinks } from "../src/db/schema.js";
import { outboxRow, type QueuedEmail } from "../src/email/outbox.js";
import { DAY, type ManualClock } from "../src/lib/clock.js";

const opened: Array<{ db: Db; data: Database; dir: string }> = [];
afterAll(async () => {
  for (const { db, data, dir } of opened.splice(0)) {
    await data.close();
    db.$client.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

/**
 * A fresh database file with the old client and the Database over it (the Database needs a file:
 * its read connection must see what the writer commits). Closed and removed after the test file.
 */
export function openTestDataLayer(): { db: Db; data: Database } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portico-outbox-"));
  const layer = openDataLayer(path.join(dir, "test.sqlite"));
  opened.push({ ...layer, dir });
  return layer;
}

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
  return db.transaction((tx) => {
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
    const outboxId = queueEmailRow(tx, {
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

/** Puts a message in the outbox through the test's synchronous handle, the row enqueueEmail writes. */
export function queueEmailRow(db: Pick<Db, "insert">, email: QueuedEmail): number {
  return db.insert(emailOutbox).values(outboxRow(email)).returning({ id: emailOutbox.id }).get().id;
}
