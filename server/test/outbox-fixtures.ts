// Builders shared by the email worker's tests: a facility, an invite queued the way the invitations
// module queues it, and a worker config pointed at a Postmark stand-in.
import { afterAll } from "vitest";
import type { Config } from "../src/config.js";
import type { Database, Tables, WriteDb } from "../src/db/database.js";
import { outboxRow, type QueuedEmail } from "../src/email/outbox.js";
import { DAY, type ManualClock } from "../src/lib/clock.js";
import { openTestDataLayer, type TestDataLayer } from "./test-data-layer.js";

const opened: TestDataLayer[] = [];
afterAll(async () => {
  for (const layer of opened.splice(0)) await layer.close();
});

/** A fresh database of the run's engine (test/test-data-layer.ts), closed and removed after the test file. */
export async function openOutboxTestData(): Promise<TestDataLayer> {
  const layer = await openTestDataLayer();
  opened.push(layer);
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
    twilio: null,
    stripeApiUrl: "https://api.stripe.com",
    demoMode: false,
    emailWorker: true,
    role: "all",
    trustProxy: ["loopback"],
    logLevel: "silent",
    shutdownGraceSeconds: 10,
    emailLeaseSeconds: 60,
    bulkInviteLeaseSeconds: 60,
    inviteReminderPollSeconds: 300,
    remindersEverySeconds: 900,
    apiKeyRequestsPerMinute: 600,
    openSignUp: true,
    webhooksAllowPrivateTargets: true,
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
