// Builders shared by the email worker's tests: a facility, an invite queued the way the invitations
// module queues it, and a worker config pointed at a Postmark stand-in.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import type { Config } from "../src/config.js";
import { type Db, openDataLayer } from "../src/db/client.js";
import type { Database, Tables, WriteDb } from "../src/db/database.js";
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
    emailLeaseSeconds: 60,
    bulkInviteLeaseSeconds: 60,
  };
}

export function seedFacility({ data }: { data: Database }, name = "Harbor Storage"): Promise<number> {
  return data.transaction(async (tx) => {
    const [facility] = await tx
      .insert(data.t.facilities)
      .values({
        slug: name.toLowerCase().replace(/\W+/g, "-"),
        name,
        brandColor: "#0b7285",
        replyToEmail: "desk@harbor.test",
        welcomeMessage: "Welcome aboard!",
      })
      .returning({ id: data.t.facilities.id });
    return idOf(facility);
  });
}

/** What the invitations module does: invitation + link + outbox row in one transaction. */
export function queueInvite(
  { data }: { data: Database },
  clock: ManualClock,
  facilityId: number,
  email: string,
  name = "Jane Doe",
) {
  const now = clock.now();
  const { customers, invitations, signInLinks } = data.t;
  return data.transaction(async (tx) => {
    const customerId = idOf(
      (
        await tx
          .insert(customers)
          .values({ facilityId, name, sortName: name.toLowerCase(), email })
          .returning({ id: customers.id })
      )[0],
    );
    const expiresAt = new Date(now.getTime() + 7 * DAY);
    const invitationId = idOf(
      (
        await tx
          .insert(invitations)
          .values({ facilityId, customerId, email, expiresAt, createdAt: now })
          .returning({ id: invitations.id })
      )[0],
    );
    const linkId = idOf(
      (
        await tx
          .insert(signInLinks)
          .values({ facilityId, customerId, invitationId, purpose: "INVITE", email, expiresAt, createdAt: now })
          .returning({ id: signInLinks.id })
      )[0],
    );
    const outboxId = await queueEmailRowIn(tx, data.t, {
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

/** Puts a message in the outbox, the row enqueueEmail writes, in a transaction of its own. */
export function queueEmailRow({ data }: { data: Database }, email: QueuedEmail): Promise<number> {
  return data.transaction((tx) => queueEmailRowIn(tx, data.t, email));
}

/** Puts a message in the outbox inside the caller's transaction. */
export async function queueEmailRowIn(tx: WriteDb, t: Tables, email: QueuedEmail): Promise<number> {
  const [row] = await tx.insert(t.emailOutbox).values(outboxRow(email)).returning({ id: t.emailOutbox.id });
  return idOf(row);
}

/** The id of the one row an insert ... returning wrote. */
export function idOf(row: { id: number } | undefined): number {
  if (!row) throw new Error("The insert returned no row");
  return row.id;
}
