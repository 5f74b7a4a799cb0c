// A bulk invite works in chunks: statements per chunk that do not grow with its rows, a preview
// that lets the event loop through between chunks, and the same per-person rules across chunks.
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqliteOnlyIt } from "../../../test/engine.js";
import { createFacility, createStaff } from "../../../test/factories.js";
import { type FakePostmark, startFakePostmark } from "../../../test/fake-postmark.js";
import { countStatements, startTestApp, type TestApp } from "../../../test/harness.js";
import { workerTestConfig } from "../../../test/outbox-fixtures.js";
import { generateCustomers } from "../../db/seed/generate.js";
import { FacilityScope } from "../../db/tenancy.js";
import { PostmarkTransport } from "../../email/postmark-transport.js";
import { createEmailWorker, LEASE_MS } from "../../email/worker.js";
import { MINUTE } from "../../lib/clock.js";
import { createLogger } from "../../lib/logger.js";
import { sha256 } from "../../lib/tokens.js";
import { sendInvite, tryQueueCustomerInvites } from "../invitations/invitation.service.js";
import { CHUNK_SIZE, createBulkInviteRunner } from "./bulk-invite.runner.js";
import {
  createPreview,
  getJob,
  type InputRow,
  jobRows,
  PLAN_LABELS,
  PREVIEW_CHUNK,
  parseInviteCsv,
  startJob,
} from "./bulk-invite.service.js";

describe("bulk invites in chunks", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  async function facilityWith(count: number, opts: { withoutEmailEvery?: number } = {}) {
    const facility = await createFacility(app);
    const staff = await createStaff(app, facility.id);
    const customers = await generateCustomers(app.data, facility.id, count, {
      now: app.clock.now(),
      emailDomain: `chunks-${facility.id}.example.com`,
      ...opts,
    });
    return {
      scope: new FacilityScope(facility.id),
      staff: { scope: new FacilityScope(facility.id), userId: staff.id },
      customers,
    };
  }

  function runner() {
    return createBulkInviteRunner({
      data: app.data,
      clock: app.clock,
      logger: createLogger("silent"),
      nudgeOutbox: () => {},
    });
  }

  const rowsOf = (ids: number[]): InputRow[] => ids.map((id, i) => ({ line: i + 2, customerId: id }));

  it("previews and runs a chunk of 256 people with the statements a chunk of 64 takes", async () => {
    const statementsFor = async (people: number) => {
      const { staff, customers } = await facilityWith(people);
      const preview = await countStatements(app, () =>
        createPreview(app.data, staff, "SELECTION", rowsOf(customers.map((c) => c.id)), null, app.clock.now()),
      );
      await startJob(app.data, staff.scope, preview.result, app.clock.now());
      const run = await countStatements(app, () => runner().runOnce());
      const job = await getJob(app.data, staff.scope, preview.result);
      expect(job.sent).toBe(people);
      return { preview: preview.statements.length, run: run.statements.length };
    };
    // Rows are inserted by statements prepared for 1, 2, 4… 256 rows: both sizes take one each.
    const small = await statementsFor(64);
    const large = await statementsFor(256);
    expect(large).toEqual(small);
    // The whole run (claims, one chunk, the finish, each transaction's BEGIN and COMMIT) takes
    // fewer statements than there are people.
    expect(large.run).toBeLessThan(64);
  });

  sqliteOnlyIt("lets the event loop through between the preview's chunks", async () => {
    const total = PREVIEW_CHUNK * 2 + 7;
    const { staff, customers } = await facilityWith(total);
    const sqlite = app.db.$client;
    const rowsWritten = () => (sqlite.prepare("SELECT count(*) AS n FROM bulk_invite_rows").get() as { n: number }).n;
    const before = rowsWritten();
    let previewDone = false;
    // Looked at from every turn of the event loop while the preview runs: on SQLite every statement
    // is synchronous, so a turn comes between two of its steps only if the preview yields there.
    const seen: number[] = [];
    const look = () => {
      if (previewDone) return;
      seen.push(rowsWritten() - before);
      setImmediate(look);
    };
    setImmediate(look);
    const jobId = await createPreview(
      app.data,
      staff,
      "SELECTION",
      rowsOf(customers.map((c) => c.id)),
      null,
      app.clock.now(),
    ).then((id) => {
      previewDone = true;
      return id;
    });
    // Turns came midway, with some rows written and not all; no turn saw more than a chunk written
    // since the one before.
    expect(seen.some((rows) => rows > 0 && rows < total)).toBe(true);
    const steps = seen.map((rows, i) => rows - (seen[i - 1] ?? 0));
    expect(Math.max(...steps)).toBeLessThanOrEqual(PREVIEW_CHUNK);
    expect(rowsWritten() - before).toBe(total);
    expect((await getJob(app.data, staff.scope, jobId)).status).toBe("PREVIEW");
  });

  it("reads a CSV a piece at a time, yielding, with every line numbered as in the file", async () => {
    const lines = ["customer_id,name,email"];
    for (let i = 0; i < PREVIEW_CHUNK * 2 + 3; i++) {
      // A quoted name spanning two lines right where a piece would end.
      lines.push(
        i === PREVIEW_CHUNK - 2 ? `${i + 1},"Two\nLines",a${i}@example.com` : `${i + 1},P ${i},a${i}@example.com`,
      );
    }
    let parsed = false;
    const seen = new Promise<boolean>((resolve) => setImmediate(() => resolve(parsed)));
    const rows = await parseInviteCsv(lines.join("\n")).then((rows) => {
      parsed = true;
      return rows;
    });
    expect(await seen).toBe(false);
    expect(rows).toHaveLength(PREVIEW_CHUNK * 2 + 3);
    expect(rows[PREVIEW_CHUNK - 2]).toEqual({
      line: PREVIEW_CHUNK,
      customerId: PREVIEW_CHUNK - 1,
      name: "Two\nLines",
      email: `a${PREVIEW_CHUNK - 2}@example.com`,
    });
    // Every line after the quoted cell is one further down the file.
    expect(rows[PREVIEW_CHUNK - 1]?.line).toBe(PREVIEW_CHUNK + 2);
    expect(rows.at(-1)?.line).toBe(PREVIEW_CHUNK * 2 + 5);
  });

  it("decides every person by the rules across chunks: invited once, or skipped with the reason", async () => {
    const people = CHUNK_SIZE * 2 + 40;
    const { staff, customers } = await facilityWith(people, { withoutEmailEvery: 9 });
    const withEmail = customers.filter((c) => c.email);
    const deps = { data: app.data, clock: app.clock, config: app.config, nudgeOutbox: () => {} };
    // Invited just before the preview: inside the cooldown.
    const recently = withEmail.slice(0, 5);
    for (const c of recently) await sendInvite(deps, staff, { customerId: c.id, contactId: null });
    const ids = customers.map((c) => c.id);
    // Listed twice (the second time in another chunk), and ids nobody has.
    const listed = [...ids, ...ids.slice(10, 13), 99_999_001, 99_999_002];
    const jobId = await createPreview(app.data, staff, "SELECTION", rowsOf(listed), null, app.clock.now());
    // Invited one by one after the preview: the runner finds them changed.
    const changed = withEmail.slice(-4);
    for (const c of changed) await sendInvite(deps, staff, { customerId: c.id, contactId: null });
    await startJob(app.data, staff.scope, jobId, app.clock.now());
    await runner().runOnce();

    const rows = await jobRows(app.data, jobId, { first: 10_000 });
    expect(rows).toHaveLength(listed.length);
    const recentIds = new Set(recently.map((c) => c.id));
    const changedIds = new Set(changed.map((c) => c.id));
    const emailOf = new Map(customers.map((c) => [c.id, c.email]));
    const firstLine = new Map<number, number>();
    for (const row of rows)
      if (row.customerId !== null && !firstLine.has(row.customerId)) firstLine.set(row.customerId, row.line);
    for (const row of rows) {
      const id = row.customerId;
      const expected =
        id === null
          ? { plan: "NOT_FOUND", result: "SKIPPED", detail: PLAN_LABELS.NOT_FOUND }
          : firstLine.get(id) !== row.line
            ? { plan: "DUPLICATE", result: "SKIPPED", detail: PLAN_LABELS.DUPLICATE }
            : !emailOf.get(id)
              ? { plan: "NO_EMAIL", result: "SKIPPED", detail: PLAN_LABELS.NO_EMAIL }
              : recentIds.has(id)
                ? { plan: "COOLDOWN", result: "SKIPPED", detail: PLAN_LABELS.COOLDOWN }
                : changedIds.has(id)
                  ? {
                      plan: "INVITE",
                      result: "SKIPPED",
                      detail: expect.stringContaining("(changed since the preview)"),
                    }
                  : { plan: "INVITE", result: "SENT", detail: null };
      expect({ line: row.line, plan: row.plan, result: row.result, detail: row.detail }).toEqual({
        line: row.line,
        ...expected,
      });
    }

    // Each person invited has one pending invitation, their latest, one open link and one email.
    const sent = rows.filter((r) => r.result === "SENT").map((r) => r.customerId ?? 0);
    const { t } = app.data;
    const invitations = await app.data.read
      .select({ id: t.invitations.id, customerId: t.invitations.customerId, state: t.invitations.state })
      .from(t.invitations)
      .where(eq(t.invitations.facilityId, staff.scope.facilityId));
    const latest = new Map(
      (
        await app.data.read
          .select({ id: t.customers.id, latest: t.customers.latestInvitationId })
          .from(t.customers)
          .where(eq(t.customers.facilityId, staff.scope.facilityId))
      ).map((c) => [c.id, c.latest]),
    );
    const outbox = await app.data.read
      .select({ invitationId: t.emailOutbox.invitationId })
      .from(t.emailOutbox)
      .where(eq(t.emailOutbox.facilityId, staff.scope.facilityId));
    const links = await app.data.read
      .select({ invitationId: t.signInLinks.invitationId, voidedAt: t.signInLinks.voidedAt })
      .from(t.signInLinks)
      .where(eq(t.signInLinks.facilityId, staff.scope.facilityId));
    for (const id of sent) {
      const mine = invitations.filter((i) => i.customerId === id);
      expect(mine).toHaveLength(1);
      expect(mine[0]?.state).toBe("PENDING");
      expect(latest.get(id)).toBe(mine[0]?.id);
      expect(outbox.filter((o) => o.invitationId === mine[0]?.id)).toHaveLength(1);
      expect(links.filter((l) => l.invitationId === mine[0]?.id && l.voidedAt === null)).toHaveLength(1);
    }
    const job = await getJob(app.data, staff.scope, jobId);
    expect(job).toMatchObject({ status: "DONE", processed: listed.length, sent: sent.length });
    expect(sent.length).toBe(withEmail.length - recently.length - changed.length);
  });

  describe("handing each chunk's emails to the worker", () => {
    const TOKEN = "chunks-postmark-token";
    let postmark: FakePostmark;
    beforeAll(async () => {
      postmark = await startFakePostmark({ token: TOKEN });
    });
    afterAll(() => postmark.close());

    function worker() {
      const logger = createLogger("silent");
      return createEmailWorker({
        data: app.data,
        clock: app.clock,
        config: workerTestConfig({ serverToken: TOKEN, apiUrl: postmark.url }),
        logger,
        transport: new PostmarkTransport({ serverToken: TOKEN, apiUrl: postmark.url, logger }),
        // The test's own runs only: nothing polls meanwhile.
        pollMs: 60 * MINUTE,
      });
    }

    /** Emails earlier tests left queued are not this test's to send. */
    async function outboxCleared() {
      postmark.reset();
      const o = app.data.t.emailOutbox;
      await app.data.transaction((tx) => tx.update(o).set({ status: "FAILED" }).where(eq(o.status, "PENDING")));
    }

    async function outboxOf(facilityId: number) {
      const o = app.data.t.emailOutbox;
      return app.data.read
        .select({
          id: o.id,
          toEmail: o.toEmail,
          status: o.status,
          attempts: o.attempts,
          leaseOwner: o.leaseOwner,
          signInLinkId: o.signInLinkId,
        })
        .from(o)
        .where(eq(o.facilityId, facilityId));
    }

    /** The link each message's token opens, by its hash: every email sent carries a working token. */
    async function linksOfMessages(messages: FakePostmark["messages"]) {
      const tokens = messages.map((m) => /\/portal\/link\/([A-Za-z0-9_-]+)/.exec(m.TextBody ?? "")?.[1] ?? "");
      const t = app.data.t.signInLinkTokens;
      const rows = await app.data.read
        .select({ linkId: t.linkId, tokenHash: t.tokenHash })
        .from(t)
        .where(inArray(t.tokenHash, tokens.map(sha256)));
      const byHash = new Map(rows.map((r) => [r.tokenHash, r.linkId]));
      return tokens.map((token) => byHash.get(sha256(token)));
    }

    it("sends a chunk as one Postmark batch with no claim: every person one email whose token is stored hashed", async () => {
      await outboxCleared();
      const people = CHUNK_SIZE * 2 + 40;
      const { staff, customers } = await facilityWith(people);
      const jobId = await createPreview(
        app.data,
        staff,
        "SELECTION",
        rowsOf(customers.map((c) => c.id)),
        null,
        app.clock.now(),
      );
      await startJob(app.data, staff.scope, jobId, app.clock.now());
      const emails = worker();
      emails.start();
      const bulk = createBulkInviteRunner({
        data: app.data,
        clock: app.clock,
        logger: createLogger("silent"),
        nudgeOutbox: () => {
          throw new Error("a chunk handed to the worker nudges no claim");
        },
        handOffEmails: () => emails.handOff(),
      });
      const { statements } = await countStatements(app, async () => {
        expect(await bulk.runOnce()).toBe(3);
        // Stopping waits for the batches handed over, then hands back nothing: all are settled.
        await emails.stop();
      });

      // Batches go out side by side: in whatever order Postmark answers them.
      expect(postmark.calls.map((c) => c.messageCount).sort((a, b) => b - a)).toEqual([CHUNK_SIZE, CHUNK_SIZE, 40]);
      // The worker's look at the outbox when it starts is its only claim: none per chunk.
      expect(statements.filter((s) => /^update "email_outbox" set "attempts"/i.test(s)).length).toBeLessThanOrEqual(1);
      const outbox = await outboxOf(staff.scope.facilityId);
      expect(outbox).toHaveLength(people);
      expect(outbox.every((r) => r.status === "SENT" && r.attempts === 1 && r.leaseOwner === null)).toBe(true);
      expect(postmark.messages.map((m) => m.To).sort()).toEqual(customers.map((c) => c.email).sort());
      const linkOfRow = new Map(outbox.map((r) => [r.toEmail, r.signInLinkId]));
      const opened = await linksOfMessages(postmark.messages);
      expect(opened).toEqual(postmark.messages.map((m) => linkOfRow.get(m.To)));
      const i = app.data.t.invitations;
      const delivered = await app.data.read.$count(
        i,
        and(eq(i.facilityId, staff.scope.facilityId), eq(i.deliveryState, "SENT")),
      );
      expect(delivered).toBe(people);
      expect((await getJob(app.data, staff.scope, jobId)).sent).toBe(people);
    });

    it("leaves the rows of a hand-off never sent (a crash) to any worker once their lease lapses", async () => {
      await outboxCleared();
      const { staff, customers } = await facilityWith(30);
      const emails = worker();
      emails.start();
      const handOff = await emails.handOff();
      if (!handOff) throw new Error("the worker is running: it takes hand-offs");
      const written = await app.data.transaction((tx) =>
        tryQueueCustomerInvites(tx, app.data, {
          scope: staff.scope,
          staffUserId: staff.userId,
          customerIds: customers.map((c) => c.id),
          now: app.clock.now(),
          lease: handOff.lease,
        }),
      );
      expect(written.emails).toHaveLength(30);
      // The process "dies" here: the emails are never handed over. Until the lease lapses no claim
      // takes the rows; after it, one does and sends each once, with a token of its own.
      handOff.cancel();
      expect(await emails.runOnce()).toBe(0);
      app.clock.advance(LEASE_MS + 1);
      expect(await emails.runOnce()).toBe(30);
      await emails.stop();
      expect(postmark.calls.map((c) => c.messageCount)).toEqual([30]);
      const outbox = await outboxOf(staff.scope.facilityId);
      expect(outbox.every((r) => r.status === "SENT" && r.attempts === 2)).toBe(true);
      const opened = await linksOfMessages(postmark.messages);
      expect(opened.every((linkId) => linkId !== undefined)).toBe(true);
      // The tokens minted with the rows never left the process; the ones sent are the claim's.
      const sentTokens = new Set(
        postmark.messages.map((m) => /\/portal\/link\/([A-Za-z0-9_-]+)/.exec(m.TextBody ?? "")?.[1]),
      );
      expect(written.emails.some((e) => sentTokens.has(e.token))).toBe(false);
    });

    it("does not send a hand-off whose lease lapsed before the send: a claim does, once", async () => {
      await outboxCleared();
      const { staff, customers } = await facilityWith(12);
      const emails = worker();
      emails.start();
      const handOff = await emails.handOff();
      if (!handOff) throw new Error("the worker is running: it takes hand-offs");
      const written = await app.data.transaction((tx) =>
        tryQueueCustomerInvites(tx, app.data, {
          scope: staff.scope,
          staffUserId: staff.userId,
          customerIds: customers.map((c) => c.id),
          now: app.clock.now(),
          lease: handOff.lease,
        }),
      );
      app.clock.advance(LEASE_MS + 1);
      handOff.send(written.emails);
      expect(await emails.runOnce()).toBe(12);
      await emails.stop();
      expect(postmark.calls.map((c) => c.messageCount)).toEqual([12]);
      expect(postmark.messages.map((m) => m.To).sort()).toEqual(customers.map((c) => c.email).sort());
    });
  });
});
