import { eq, is, Table } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { type FakePostmark, startFakePostmark } from "../../test/fake-postmark.js";
import {
  idOf,
  openOutboxTestData,
  queueEmailRow,
  queueEmailRowIn,
  queueInvite,
  seedFacility,
  workerTestConfig,
} from "../../test/outbox-fixtures.js";
import type { Config } from "../config.js";
import type { Database } from "../db/database.js";
import { DAY, ManualClock, MINUTE } from "../lib/clock.js";
import type { Logger } from "../lib/logger.js";
import { hashCode, sha256 } from "../lib/tokens.js";
import { createTransport } from "./create-transport.js";
import { PostmarkTransport } from "./postmark-transport.js";
import type { EmailTransport } from "./transport.js";
import {
  createEmailWorker,
  GAVE_UP_REASON,
  LEASE_MS,
  LINK_NO_LONGER_VALID,
  MAX_ATTEMPTS,
  MAX_CONCURRENT_BATCHES,
  MAX_RETRY_MS,
  retryDelayMs,
} from "./worker.js";

const TOKEN = "test-server-token";
const INACTIVE_REASON = "The recipient's address is marked inactive at Postmark (hard bounce or spam complaint)";

let fake: FakePostmark;
beforeAll(async () => {
  fake = await startFakePostmark({ token: TOKEN });
});
afterAll(async () => {
  await fake.close();
});
beforeEach(() => fake.reset());

type LogEntry = { level: string; msg: string; data?: Record<string, unknown> };
function captureLogger(entries: LogEntry[] = []): Logger & { entries: LogEntry[] } {
  const at = (level: string) => (msg: string, data?: Record<string, unknown>) =>
    void entries.push({ level, msg, data });
  const logger = {
    debug: at("debug"),
    info: at("info"),
    warn: at("warn"),
    error: at("error"),
    child: () => logger,
    withoutRedaction: () => logger,
    enabled: () => true,
    entries,
  };
  return logger;
}

function testConfig(overrides: Partial<Config["postmark"]> = {}): Config {
  return workerTestConfig({ serverToken: TOKEN, apiUrl: fake.url, ...overrides });
}

async function outboxRow(data: Database, id: number) {
  const [row] = await data.read.select().from(data.t.emailOutbox).where(eq(data.t.emailOutbox.id, id));
  if (!row) throw new Error(`no outbox row ${id}`);
  return row;
}

/** The hashes of every token minted for a link, oldest first. */
async function tokenHashes(data: Database, linkId: number): Promise<string[]> {
  const tokens = data.t.signInLinkTokens;
  const rows = await data.read
    .select({ tokenHash: tokens.tokenHash })
    .from(tokens)
    .where(eq(tokens.linkId, linkId))
    .orderBy(tokens.id);
  return rows.map((t) => t.tokenHash);
}

/** A small seeded generator, so a run with random failures replays exactly. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function linkFrom(text: string | undefined): { token: string; code: string } {
  const token = /https:\/\/portal\.example\.com\/portal\/link\/([A-Za-z0-9_-]+)/.exec(text ?? "")?.[1];
  const code = /enter this code on the sign-in page: (\d{8})/.exec(text ?? "")?.[1];
  if (!token || !code) throw new Error(`no link or code in:\n${text}`);
  return { token, code };
}

async function setup(
  options: {
    token?: string;
    layer?: { data: Database };
    clock?: ManualClock;
    transport?: EmailTransport;
    workerId?: string;
  } = {},
) {
  const { data } = options.layer ?? (await openOutboxTestData());
  const clock = options.clock ?? new ManualClock();
  const logger = captureLogger();
  const transport =
    options.transport ?? new PostmarkTransport({ serverToken: options.token ?? TOKEN, apiUrl: fake.url, logger });
  const worker = createEmailWorker({
    data,
    clock,
    config: testConfig(),
    logger,
    transport,
    workerId: options.workerId,
    random: () => 0,
  });
  return { data, clock, logger, worker };
}

describe("email worker with the real Postmark client", () => {
  it("sends an invite, minting a token whose hash alone is stored", async () => {
    const { data, clock, worker } = await setup();
    const facilityId = await seedFacility({ data });
    const queued = await queueInvite({ data }, clock, facilityId, "jane@example.com");

    expect(await worker.runOnce()).toBe(1);

    expect(fake.calls).toEqual([{ path: "/email", status: 200, messageCount: 1 }]);
    expect(fake.messages).toHaveLength(1);
    const sent = fake.messages[0];
    expect(sent).toMatchObject({
      To: "jane@example.com",
      From: '"Harbor Storage" <no-reply@portico.test>',
      ReplyTo: "desk@harbor.test",
      Subject: "You're invited to the Harbor Storage customer portal",
      Tag: "invite",
      TrackOpens: false,
      TrackLinks: "None",
      Metadata: { outboxId: String(queued.outboxId) },
    });

    const { token, code } = linkFrom(sent?.TextBody);
    expect(sent?.HtmlBody).toContain(`https://portal.example.com/portal/link/${token}`);
    expect(await data.read.select().from(data.t.signInLinkTokens)).toMatchObject([
      { linkId: queued.linkId, tokenHash: sha256(token), codeHash: hashCode(queued.linkId, code) },
    ]);

    const row = await outboxRow(data, queued.outboxId);
    expect(row).toMatchObject({
      status: "SENT",
      attempts: 1,
      providerMessageId: sent?.MessageID,
      leaseOwner: null,
      leaseUntil: null,
    });
    expect(row.sentAt).toEqual(clock.now());
    const invitation = (
      await data.read.select().from(data.t.invitations).where(eq(data.t.invitations.id, queued.invitationId))
    )[0];
    expect(invitation).toMatchObject({ deliveryState: "SENT", deliveryUpdatedAt: clock.now() });

    // No table holds the raw token or code.
    for (const [name, table] of Object.entries(data.t as unknown as Record<string, PgTable>)) {
      if (!is(table, Table)) continue;
      const dump = JSON.stringify(await data.read.select().from(table));
      expect(dump, name).not.toContain(token);
      expect(dump, name).not.toContain(code);
    }
  });

  it("sends a notification as it was rendered when queued, with no link", async () => {
    const { data, clock, worker } = await setup();
    const facilityId = await seedFacility({ data });
    const outboxId = await queueEmailRow(
      { data },
      {
        facilityId,
        kind: "MESSAGE",
        toEmail: "ann@example.com",
        rendered: {
          subject: "New message from Harbor Storage",
          htmlBody: "<p>Your car is ready</p>",
          textBody: "Your car is ready",
        },
        now: clock.now(),
      },
    );
    expect(await worker.runOnce()).toBe(1);
    expect(fake.messages[0]).toMatchObject({
      To: "ann@example.com",
      Subject: "New message from Harbor Storage",
      TextBody: "Your car is ready",
      Tag: "message",
    });
    expect((await outboxRow(data, outboxId)).status).toBe("SENT");
  });

  it("records a refused server token as transient and logs an error", async () => {
    const { data, clock, logger, worker } = await setup({ token: "not-the-token" });
    const queued = await queueInvite({ data }, clock, await seedFacility({ data }), "jane@example.com");

    expect(await worker.runOnce()).toBe(1);

    expect(fake.calls).toEqual([{ path: "/email", status: 401, messageCount: 0 }]);
    const row = await outboxRow(data, queued.outboxId);
    expect(row).toMatchObject({ status: "PENDING", attempts: 1, lastErrorCode: 10, leaseOwner: null });
    expect(row.lastError).toContain("401");
    expect(row.nextAttemptAt.getTime()).toBe(clock.now().getTime() + 30_000);
    expect(logger.entries.some((e) => e.level === "error" && e.msg.includes("POSTMARK_SERVER_TOKEN"))).toBe(true);
    expect((await data.read.select().from(data.t.invitations))[0]?.deliveryState).toBe("QUEUED");
  });

  it("fails an inactive recipient for good, with a reason staff can read", async () => {
    const { data, clock, worker } = await setup();
    const queued = await queueInvite({ data }, clock, await seedFacility({ data }), "bounced@example.com");
    fake.rejectRecipient("bounced@example.com", 406);

    expect(await worker.runOnce()).toBe(1);

    expect(fake.calls).toEqual([{ path: "/email", status: 422, messageCount: 1 }]);
    expect(await outboxRow(data, queued.outboxId)).toMatchObject({
      status: "FAILED",
      lastErrorCode: 406,
      lastError: INACTIVE_REASON,
    });
    expect((await data.read.select().from(data.t.invitations))[0]).toMatchObject({
      deliveryState: "FAILED",
      deliveryDetail: INACTIVE_REASON,
    });

    clock.advance(2 * DAY);
    expect(await worker.runOnce()).toBe(0);
    expect(fake.calls).toHaveLength(1);
  });

  it("reads a batch answer message by message", async () => {
    const { data, clock, worker } = await setup();
    const facilityId = await seedFacility({ data });
    const good = await queueInvite({ data }, clock, facilityId, "good@example.com", "Good");
    const inactive = await queueInvite({ data }, clock, facilityId, "inactive@example.com", "Inactive");
    const invalid = await queueInvite({ data }, clock, facilityId, "also-good@example.com", "Also Good");
    fake.rejectRecipient("inactive@example.com", 406);
    fake.rejectRecipient("also-good@example.com", 300, "Invalid 'To' address: 'also-good@example.com'.");

    expect(await worker.runOnce()).toBe(3);

    expect(fake.calls).toEqual([{ path: "/email/batch", status: 200, messageCount: 3 }]);
    expect((await outboxRow(data, good.outboxId)).status).toBe("SENT");
    expect(await outboxRow(data, inactive.outboxId)).toMatchObject({
      status: "FAILED",
      lastErrorCode: 406,
      lastError: INACTIVE_REASON,
    });
    expect(await outboxRow(data, invalid.outboxId)).toMatchObject({
      status: "FAILED",
      lastErrorCode: 300,
      lastError: "The email address is not valid",
    });
    expect(fake.messages.map((m) => m.To)).toEqual(["good@example.com"]);
  });

  it("sends three due rows in one batch call, each to one person with their own link", async () => {
    const { data, clock, worker } = await setup();
    const facilityId = await seedFacility({ data });
    const rows: Array<Awaited<ReturnType<typeof queueInvite>>> = [];
    for (const [i, e] of ["a@example.com", "b@example.com", "c@example.com"].entries())
      rows.push(await queueInvite({ data }, clock, facilityId, e, `Person${i} Tester`));

    expect(await worker.runOnce()).toBe(3);

    expect(fake.calls).toEqual([{ path: "/email/batch", status: 200, messageCount: 3 }]);
    expect(fake.messages.map((m) => m.To)).toEqual(["a@example.com", "b@example.com", "c@example.com"]);
    const tokens = fake.messages.map((m) => linkFrom(m.TextBody).token);
    expect(new Set(tokens).size).toBe(3);
    for (const [i, r] of rows.entries()) {
      expect(await tokenHashes(data, r.linkId)).toEqual([sha256(tokens[i] as string)]);
      expect(fake.messages[i]?.TextBody).toContain(`Hi Person${i},`);
    }
  });

  it("retries a 500 with backoff, then sends", async () => {
    const { data, clock, worker } = await setup();
    const queued = await queueInvite({ data }, clock, await seedFacility({ data }), "jane@example.com");
    fake.failNextCalls(1, 500);

    expect(await worker.runOnce()).toBe(1);
    const afterFailure = await outboxRow(data, queued.outboxId);
    expect(afterFailure).toMatchObject({ status: "PENDING", attempts: 1, leaseOwner: null });
    expect(afterFailure.lastError).toContain("500");
    expect(afterFailure.nextAttemptAt.getTime() - clock.now().getTime()).toBe(30_000);

    // Not due yet.
    clock.advance(29_000);
    expect(await worker.runOnce()).toBe(0);

    clock.advance(1_000);
    expect(await worker.runOnce()).toBe(1);
    expect(fake.calls.map((c) => c.status)).toEqual([500, 200]);
    expect(await outboxRow(data, queued.outboxId)).toMatchObject({ status: "SENT", attempts: 2, lastError: null });
    // The failed call may have reached Postmark after all: its token stays beside the new one.
    const { token } = linkFrom(fake.messages[0]?.TextBody);
    expect(await tokenHashes(data, queued.linkId)).toHaveLength(2);
    expect((await tokenHashes(data, queued.linkId))[1]).toBe(sha256(token));
  });

  it("doubles the delay up to the 2-minute cap and gives up after the last attempt", async () => {
    const { data, clock, worker } = await setup();
    const queued = await queueInvite({ data }, clock, await seedFacility({ data }), "jane@example.com");
    fake.failNextCalls(MAX_ATTEMPTS, 503);

    const delays: number[] = [];
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      expect(await worker.runOnce()).toBe(1);
      const row = await outboxRow(data, queued.outboxId);
      if (row.status === "PENDING") {
        delays.push(row.nextAttemptAt.getTime() - clock.now().getTime());
        clock.set(row.nextAttemptAt);
      }
    }
    expect(delays).toEqual([30_000, 60_000, ...Array(MAX_ATTEMPTS - 3).fill(MAX_RETRY_MS)]);
    const row = await outboxRow(data, queued.outboxId);
    expect(row).toMatchObject({ status: "FAILED", attempts: MAX_ATTEMPTS });
    expect(row.lastError).toContain(GAVE_UP_REASON);
    expect((await data.read.select().from(data.t.invitations))[0]).toMatchObject({
      deliveryState: "FAILED",
      deliveryDetail: GAVE_UP_REASON,
    });
  });

  it("does not send a link that was voided before its turn", async () => {
    const { data, clock, worker } = await setup();
    const queued = await queueInvite({ data }, clock, await seedFacility({ data }), "jane@example.com");
    await data.transaction((tx) =>
      tx.update(data.t.signInLinks).set({ voidedAt: clock.now() }).where(eq(data.t.signInLinks.id, queued.linkId)),
    );

    expect(await worker.runOnce()).toBe(1);

    expect(fake.calls).toHaveLength(0);
    expect(await outboxRow(data, queued.outboxId)).toMatchObject({ status: "FAILED", lastError: LINK_NO_LONGER_VALID });
    expect(await tokenHashes(data, queued.linkId)).toEqual([]);
  });

  it("does not send a link that expired while queued", async () => {
    const { data, clock, worker } = await setup();
    const queued = await queueInvite({ data }, clock, await seedFacility({ data }), "jane@example.com");
    clock.advance(7 * DAY);

    expect(await worker.runOnce()).toBe(1);
    expect(fake.calls).toHaveLength(0);
    expect(await outboxRow(data, queued.outboxId)).toMatchObject({ status: "FAILED", lastError: LINK_NO_LONGER_VALID });
  });

  it("resends a row whose worker died after claiming it, once the lease lapses", async () => {
    const { data, clock, worker } = await setup();
    const queued = await queueInvite({ data }, clock, await seedFacility({ data }), "jane@example.com");
    // A worker claimed the row and minted a token, then the process died before sending anything.
    await data.transaction(async (tx) => {
      await tx
        .update(data.t.emailOutbox)
        .set({ leaseOwner: "dead-worker", leaseUntil: new Date(clock.now().getTime() + LEASE_MS), attempts: 1 })
        .where(eq(data.t.emailOutbox.id, queued.outboxId));
      await tx
        .insert(data.t.signInLinkTokens)
        .values({ linkId: queued.linkId, tokenHash: sha256("token-lost-in-the-crash"), codeHash: "lost" });
    });

    expect(await worker.runOnce()).toBe(0);
    expect(fake.calls).toHaveLength(0);

    clock.advance(LEASE_MS + 1);
    expect(await worker.runOnce()).toBe(1);
    expect(fake.messages).toHaveLength(1);
    expect(await outboxRow(data, queued.outboxId)).toMatchObject({ status: "SENT", attempts: 2 });
    const { token } = linkFrom(fake.messages[0]?.TextBody);
    expect(await tokenHashes(data, queued.linkId)).toEqual([sha256("token-lost-in-the-crash"), sha256(token)]);
  });

  it("sends twice after a lapsed lease, and both copies carry a token of the same link", async () => {
    const { data } = await openOutboxTestData();
    const clock = new ManualClock();
    const first = (await setup({ layer: { data }, clock, workerId: "first" })).worker;
    const second = (await setup({ layer: { data }, clock, workerId: "second" })).worker;
    const queued = await queueInvite({ data }, clock, await seedFacility({ data }), "jane@example.com");

    // The first worker's call reaches Postmark and hangs past the lease, as if the process froze.
    fake.holdNextCalls(1);
    const stuck = first.runOnce();
    await fake.whenHeld(1);
    clock.advance(LEASE_MS + 1);
    expect(await second.runOnce()).toBe(1);
    fake.releaseHeld();
    await stuck;

    expect(fake.messages).toHaveLength(2);
    const tokens = fake.messages.map((m) => linkFrom(m.TextBody));
    expect(tokens[0]?.token).not.toBe(tokens[1]?.token);
    // Hashes in claim order: the stuck copy's first.
    expect(await tokenHashes(data, queued.linkId)).toEqual([
      sha256(tokens[1]?.token as string),
      sha256(tokens[0]?.token as string),
    ]);
    expect(await outboxRow(data, queued.outboxId)).toMatchObject({ status: "SENT", attempts: 2 });
  });

  it("tells a sub-contact whose account the invite opens", async () => {
    const { data, clock, worker } = await setup();
    const facilityId = await seedFacility({ data }, "Harbor Point Storage");
    const now = clock.now();
    const expiresAt = new Date(now.getTime() + 7 * DAY);
    await data.transaction(async (tx) => {
      const customerId = idOf(
        (
          await tx
            .insert(data.t.customers)
            .values({
              facilityId,
              name: "Eleanor Whitaker",
              sortName: "whitaker eleanor",
              email: "eleanor@example.com",
            })
            .returning()
        )[0],
      );
      const contactId = idOf(
        (
          await tx
            .insert(data.t.contacts)
            .values({ facilityId, customerId, name: "Tom Whitaker", email: "tom@example.com", canAccessPortal: true })
            .returning()
        )[0],
      );
      const invitationId = idOf(
        (
          await tx
            .insert(data.t.invitations)
            .values({ facilityId, customerId, contactId, email: "tom@example.com", expiresAt, createdAt: now })
            .returning()
        )[0],
      );
      const linkId = idOf(
        (
          await tx
            .insert(data.t.signInLinks)
            .values({
              facilityId,
              customerId,
              contactId,
              invitationId,
              purpose: "INVITE",
              email: "tom@example.com",
              expiresAt,
            })
            .returning()
        )[0],
      );
      await queueEmailRowIn(tx, data.t, {
        facilityId,
        kind: "INVITE",
        toEmail: "tom@example.com",
        signInLinkId: linkId,
        invitationId,
        now,
      });
    });

    expect(await worker.runOnce()).toBe(1);
    const sent = fake.messages[0];
    expect(sent?.Subject).toBe("You're invited to Eleanor Whitaker's account at Harbor Point Storage");
    expect(sent?.TextBody).toContain("Hi Tom,");
    expect(sent?.TextBody).toContain("invited you to Eleanor Whitaker's account in its customer portal");
  });

  it("sends the sign-in link email to a sub-contact by name", async () => {
    const { data, clock, worker } = await setup();
    const facilityId = await seedFacility({ data }, "Bayview Marina");
    const now = clock.now();
    const linkId = await data.transaction(async (tx) => {
      const [customer] = await tx
        .insert(data.t.customers)
        .values({ facilityId, name: "Sam Owner", sortName: "sam owner" })
        .returning({ id: data.t.customers.id });
      const [contact] = await tx
        .insert(data.t.contacts)
        .values({
          facilityId,
          customerId: idOf(customer),
          name: "Alex Helper",
          email: "alex@example.com",
          canAccessPortal: true,
        })
        .returning({ id: data.t.contacts.id });
      const [link] = await tx
        .insert(data.t.signInLinks)
        .values({
          facilityId,
          customerId: idOf(customer),
          contactId: idOf(contact),
          purpose: "SIGN_IN",
          email: "alex@example.com",
          expiresAt: new Date(now.getTime() + 15 * MINUTE),
        })
        .returning({ id: data.t.signInLinks.id });
      return idOf(link);
    });
    const outboxId = await queueEmailRow(
      { data },
      {
        facilityId,
        kind: "SIGN_IN_LINK",
        toEmail: "alex@example.com",
        signInLinkId: linkId,
        now,
      },
    );

    expect(await worker.runOnce()).toBe(1);
    const sent = fake.messages[0];
    expect(sent).toMatchObject({
      To: "alex@example.com",
      Subject: "Your sign-in link for Bayview Marina",
      Tag: "sign-in-link",
    });
    expect(sent?.TextBody).toContain("Hi Alex,");
    // In the facility's zone (New York by default), not the server's.
    expect(sent?.TextBody).toContain("This link expires on Monday, 2 March 2026 at 04:15 EST (in 15 minutes).");
    expect((await outboxRow(data, outboxId)).status).toBe("SENT");
  });
});

describe("a slow or failing Postmark", () => {
  it("keeps a delay of at most 2 minutes between tries, whatever the attempt and jitter", () => {
    for (let attempts = 1; attempts <= MAX_ATTEMPTS; attempts++) {
      for (const r of [0, 0.5, 0.999]) {
        const delay = retryDelayMs(attempts, () => r);
        expect(delay).toBeGreaterThan(0);
        expect(delay).toBeLessThanOrEqual(MAX_RETRY_MS);
      }
    }
  });

  it("sends a sign-in link asked for while another call hangs", async () => {
    const { data } = await openOutboxTestData();
    const clock = new ManualClock();
    const worker = createEmailWorker({
      data,
      clock,
      config: testConfig(),
      logger: captureLogger(),
      transport: new PostmarkTransport({ serverToken: TOKEN, apiUrl: fake.url }),
      pollMs: 60_000,
    });
    const facilityId = await seedFacility({ data });
    for (let i = 0; i < 3; i++) await queueInvite({ data }, clock, facilityId, `early${i}@example.com`, `Early ${i}`);
    fake.holdNextCalls(1);
    worker.start();
    await fake.whenHeld(1);

    const [customer] = await data.read.select({ id: data.t.customers.id }).from(data.t.customers);
    const linkId = await data.transaction(async (tx) => {
      const [link] = await tx
        .insert(data.t.signInLinks)
        .values({
          facilityId,
          customerId: idOf(customer),
          purpose: "SIGN_IN",
          email: "early0@example.com",
          expiresAt: new Date(clock.now().getTime() + 15 * MINUTE),
        })
        .returning({ id: data.t.signInLinks.id });
      return idOf(link);
    });
    await queueEmailRow(
      { data },
      {
        facilityId,
        kind: "SIGN_IN_LINK",
        toEmail: "early0@example.com",
        signInLinkId: linkId,
        now: clock.now(),
      },
    );
    worker.nudge();

    await vi.waitFor(() => expect(fake.messages.map((m) => m.Tag)).toEqual(["sign-in-link"]), { timeout: 60_000 });
    // Sent while the first batch's call still hangs: it waited on nothing.
    expect(fake.held).toBe(1);
    fake.releaseHeld();
    await vi.waitFor(() => expect(fake.messages).toHaveLength(4), { timeout: 60_000 });
    await worker.stop();
  });

  it("keeps a lane for sign-in links when every other batch hangs", async () => {
    const { data } = await openOutboxTestData();
    const clock = new ManualClock();
    const worker = createEmailWorker({
      data,
      clock,
      config: testConfig(),
      logger: captureLogger(),
      transport: new PostmarkTransport({ serverToken: TOKEN, apiUrl: fake.url }),
      pollMs: 60_000,
    });
    const facilityId = await seedFacility({ data });
    const notify = (i: number) =>
      queueEmailRow(
        { data },
        {
          facilityId,
          kind: "INVOICE",
          toEmail: `billing${i}@example.com`,
          rendered: { subject: `Invoice ${i}`, htmlBody: "<p>Invoice</p>", textBody: "Invoice" },
          now: clock.now(),
        },
      );
    fake.holdNextCalls(MAX_CONCURRENT_BATCHES);
    await notify(0);
    worker.start();
    await fake.whenHeld(1);
    for (let i = 1; i < MAX_CONCURRENT_BATCHES; i++) {
      await notify(i);
      worker.nudge();
      await fake.whenHeld(i + 1);
    }

    const { linkId } = await queueInvite({ data }, clock, facilityId, "waiting@example.com");
    await data.transaction((tx) =>
      tx.update(data.t.signInLinks).set({ purpose: "SIGN_IN" }).where(eq(data.t.signInLinks.id, linkId)),
    );
    await data.transaction((tx) =>
      tx
        .update(data.t.emailOutbox)
        .set({ kind: "SIGN_IN_LINK", invitationId: null })
        .where(eq(data.t.emailOutbox.signInLinkId, linkId)),
    );
    worker.nudge();

    await vi.waitFor(() => expect(fake.messages.map((m) => m.To)).toEqual(["waiting@example.com"]), {
      timeout: 5000,
    });
    expect(fake.held).toBe(MAX_CONCURRENT_BATCHES);
    fake.releaseHeld();
    await vi.waitFor(() => expect(fake.messages).toHaveLength(MAX_CONCURRENT_BATCHES + 1), { timeout: 60_000 });
    await worker.stop();
  });

  it("retries a failed batch as one batch, in one call", async () => {
    const { data } = await openOutboxTestData();
    const clock = new ManualClock();
    const logger = captureLogger();
    const worker = createEmailWorker({
      data,
      clock,
      config: testConfig(),
      logger,
      transport: new PostmarkTransport({ serverToken: TOKEN, apiUrl: fake.url, logger }),
      random: seeded(7),
    });
    const facilityId = await seedFacility({ data });
    for (let i = 0; i < 40; i++)
      await queueInvite({ data }, clock, facilityId, `person${i}@example.com`, `Person ${i}`);
    fake.failNextCalls(1, 503);

    expect(await worker.runOnce()).toBe(40);
    const retryTimes = new Set(
      (await data.read.select().from(data.t.emailOutbox)).map((r) => r.nextAttemptAt.getTime()),
    );
    expect(retryTimes.size).toBe(1);

    // Polling every second until the retry is due finds nothing, then everything at once.
    const [retryAt] = [...retryTimes];
    while (clock.now().getTime() < (retryAt as number)) {
      clock.advance(1000);
      await worker.runOnce();
    }
    expect(fake.calls).toEqual([
      { path: "/email/batch", status: 503, messageCount: 40 },
      { path: "/email/batch", status: 200, messageCount: 40 },
    ]);
    expect(fake.messages).toHaveLength(40);
  });

  // 2,400 polls: a slow, busy machine needs time, whatever the engine; hence the long timeout.
  it("under 30 % of calls failing, no email waits more than 2 minutes between tries", async () => {
    const { data } = await openOutboxTestData();
    const clock = new ManualClock();
    const worker = createEmailWorker({
      data,
      clock,
      config: testConfig(),
      logger: captureLogger(),
      transport: new PostmarkTransport({ serverToken: TOKEN, apiUrl: fake.url }),
      random: seeded(11),
    });
    const facilityId = await seedFacility({ data });
    fake.failShareOfCalls(0.3, 503, seeded(5));

    // Twenty minutes of traffic, a poll every second; every email's tries are noted as they happen.
    const tries = new Map<number, number[]>();
    for (let second = 0; second < 2400; second++) {
      if (second < 1200 && second % 10 === 0) {
        await queueInvite({ data }, clock, facilityId, `p${second}@example.com`, `Person ${second}`);
      }
      // A row's attempts change only in a run that claimed something: read them only then.
      if ((await worker.runOnce()) > 0) {
        for (const row of await data.read.select().from(data.t.emailOutbox)) {
          const seen = tries.get(row.id) ?? [];
          if (row.attempts > seen.length) tries.set(row.id, [...seen, clock.now().getTime()]);
        }
      }
      clock.advance(1000);
    }

    const rows = await data.read.select().from(data.t.emailOutbox);
    expect(rows).toHaveLength(120);
    expect(rows.every((r) => r.status === "SENT")).toBe(true);
    expect(fake.calls.some((c) => c.status === 503)).toBe(true);
    const gaps = [...tries.values()].flatMap((times) => times.slice(1).map((t, i) => t - (times[i] as number)));
    expect(gaps.length).toBeGreaterThan(0);
    // The delay is at most 2 minutes; the next poll after it is due adds at most a second.
    expect(Math.max(...gaps)).toBeLessThanOrEqual(MAX_RETRY_MS + 1000);
  }, 180_000);
});

describe("several workers", () => {
  it("never send a row twice", async () => {
    const clock = new ManualClock();
    const layer = await openOutboxTestData();
    const facilityId = await seedFacility(layer);
    for (let i = 0; i < 40; i++) await queueInvite(layer, clock, facilityId, `person${i}@example.com`, `Person ${i}`);

    const a = (await setup({ layer, clock, workerId: "a" })).worker;
    const b = (await setup({ layer, clock, workerId: "b" })).worker;
    const processed = await Promise.all([a.runOnce(), b.runOnce(), a.runOnce(), b.runOnce()]);

    expect(processed.reduce((x, y) => x + y, 0)).toBe(40);
    expect(fake.messages).toHaveLength(40);
    expect(new Set(fake.messages.map((m) => m.To)).size).toBe(40);
    const outbox = layer.data.t.emailOutbox;
    const statuses = await layer.data.read.select({ status: outbox.status, attempts: outbox.attempts }).from(outbox);
    expect(statuses.every((s) => s.status === "SENT" && s.attempts === 1)).toBe(true);
  });
});

describe("worker loop", () => {
  it("sends on nudge without waiting for the poll, and stops cleanly", async () => {
    const { data } = await openOutboxTestData();
    const clock = new ManualClock();
    const worker = createEmailWorker({
      data,
      clock,
      config: testConfig(),
      logger: captureLogger(),
      transport: new PostmarkTransport({ serverToken: TOKEN, apiUrl: fake.url }),
      pollMs: 60_000,
    });
    worker.start();
    await vi.waitFor(() => expect(fake.calls).toHaveLength(0));
    await queueInvite({ data }, clock, await seedFacility({ data }), "jane@example.com");
    worker.nudge();
    await vi.waitFor(async () => expect((await data.read.select().from(data.t.emailOutbox))[0]?.status).toBe("SENT"), {
      timeout: 2000,
    });
    await worker.stop();
    expect(fake.messages).toHaveLength(1);
  });

  it("logs a failing run and keeps going", async () => {
    const { data } = await openOutboxTestData();
    const clock = new ManualClock();
    const logger = captureLogger();
    let calls = 0;
    const transport: EmailTransport = {
      sendBatch: async (messages) => {
        calls++;
        if (calls === 1) throw new Error("boom");
        return messages.map((m) => ({ outboxId: m.outboxId, ok: true as const, messageId: `m-${m.outboxId}` }));
      },
    };
    const worker = createEmailWorker({ data, clock, config: testConfig(), logger, transport, random: () => 0 });
    const queued = await queueInvite({ data }, clock, await seedFacility({ data }), "jane@example.com");
    expect(await worker.runOnce()).toBe(1);
    expect(logger.entries.some((e) => e.level === "error")).toBe(true);
    clock.advance(30_000);
    expect(await worker.runOnce()).toBe(1);
    expect(await outboxRow(data, queued.outboxId)).toMatchObject({
      status: "SENT",
      providerMessageId: `m-${queued.outboxId}`,
    });
  });
});

describe("createTransport", () => {
  it("uses the dev mailbox when no Postmark token is configured", async () => {
    const { data } = await openOutboxTestData();
    const clock = new ManualClock();
    const config = testConfig({ serverToken: undefined });
    const transport = createTransport(config, data);
    const worker = createEmailWorker({ data, clock, config, logger: captureLogger(), transport });
    const queued = await queueInvite({ data }, clock, await seedFacility({ data }), "jane@example.com");

    expect(await worker.runOnce()).toBe(1);

    expect(fake.calls).toHaveLength(0);
    const mail = await data.read.select().from(data.t.devMailbox);
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({
      outboxId: queued.outboxId,
      toEmail: "jane@example.com",
      subject: "You're invited to the Harbor Storage customer portal",
    });
    expect(await outboxRow(data, queued.outboxId)).toMatchObject({
      status: "SENT",
      providerMessageId: `dev-${queued.outboxId}`,
    });
  });

  it("uses Postmark when a token is configured", async () => {
    const { data } = await openOutboxTestData();
    const clock = new ManualClock();
    const config = testConfig();
    const transport = createTransport(config, data);
    const worker = createEmailWorker({ data, clock, config, logger: captureLogger(), transport });
    await queueInvite({ data }, clock, await seedFacility({ data }), "jane@example.com");

    expect(await worker.runOnce()).toBe(1);

    expect(fake.calls).toHaveLength(1);
    expect(await data.read.select().from(data.t.devMailbox)).toHaveLength(0);
  });
});
