// The rules that must hold with several Portico servers on one PostgreSQL (DESIGN §10): three real
// server processes, requests spread over all three by the test, the email workers and bulk invite
// runners of all three running, a fake Postmark that sees every send. Every assertion is on rows in
// the database and messages Postmark accepted, never on how long something took. The servers start
// once per file; each test makes a facility of its own.
import { and, asc, eq, inArray } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { openDataLayerAt } from "../../src/db/client.js";
import type { Database } from "../../src/db/database.js";
import { TAKE_KEY_STATEMENT } from "../../src/db/pg.js";
import { outboxRow } from "../../src/email/outbox.js";
import { sha256 } from "../../src/lib/tokens.js";
import { CODE_TRIES_PER_ADDRESS_PER_DAY, MAX_CODE_ATTEMPTS } from "../../src/modules/auth/portal-auth.service.js";
import { CHUNK_SIZE } from "../../src/modules/bulk-invites/bulk-invite.runner.js";
import { testEngine } from "../engine.js";
import { createCustomer, createFacility, createStaff, TEST_PASSWORD } from "../factories.js";
import { type FakePostmark, type ReceivedMessage, startFakePostmark } from "../fake-postmark.js";
import { type FakeTwilio, startFakeTwilio } from "../fake-twilio.js";
import { countRows, type GqlResult } from "../harness.js";
import { freshPostgresDatabase, type TestDatabase } from "../postgres.js";
import { Browser } from "./browser.js";
import { ServerGroup } from "./servers.js";

const STAFF_SIGN_IN = `mutation($e: String!, $p: String!) { staffSignIn(email: $e, password: $p) { id } }`;
const STAFF_VIEWER = `{ staffViewer { id email } }`;
const STAFF_SIGN_OUT = `mutation { staffSignOut }`;
const PORTAL_VIEWER = `{ portalViewer { name } }`;
const PORTAL_SIGN_OUT = `mutation { portalSignOut }`;
const SEND_INVITE = `mutation($id: ID!) { sendInvite(customerId: $id) { invitation { id } } }`;
const REDEEM = `mutation($t: String!) { redeemSignInLink(token: $t) { name } }`;
const REQUEST_LINK = `mutation($e: String!) { requestSignInLink(email: $e) { message } }`;
const SIGN_IN_WITH_CODE = `mutation($e: String!, $c: String!) { signInWithCode(email: $e, code: $c) { name } }`;
const REMIND_ALL = `mutation($days: Int!) { remindWaitingInvites(olderThanDays: $days) { reminded skipped more } }`;
const PREVIEW_BULK = `mutation($ids: [ID!]!) { previewBulkInvite(customerIds: $ids) { id toInvite } }`;
const START_BULK = `mutation($id: ID!) { startBulkInvite(id: $id) { id status } }`;

const POSTMARK_TOKEN = "cross-server-postmark-token";
const WEBHOOK_USER = "postmark";
const WEBHOOK_PASSWORD = "cross-server-webhook-password";
const TWILIO = { accountSid: "AC-cross-server", authToken: "cross-server-twilio-token" };
/**
 * The lease of the server that dies mid-send: the others take its emails over once it lapses. The
 * other servers keep the default minute, so a live server's batch never outlasts its lease however
 * busy the machine is, and "exactly once" does not depend on its speed.
 */
const VICTIM_EMAIL_LEASE_SECONDS = 3;
/**
 * Short, so a dead runner's job is resumed soon. A live runner whose lease lapses is harmless: the
 * runner that takes the job over waits for its chunk (the job row is locked) and reads what it settled.
 */
const BULK_INVITE_LEASE_SECONDS = 5;
/** How long a test waits for the servers to get something done before it fails with what it saw. */
const PATIENCE_MS = 90_000;

const onPostgres = testEngine === "pg";

/** The address a Postmark message went to, without a display name. */
function recipientOf(message: ReceivedMessage): string {
  return (/<([^>]+)>\s*$/.exec(message.To)?.[1] ?? message.To).trim().toLowerCase();
}

/** The link token and the 8-digit code a sign-in or invite email carries. */
function secretsOf(message: ReceivedMessage) {
  const text = message.TextBody ?? "";
  const token = /\/portal\/link\/([A-Za-z0-9_-]{43})/.exec(text)?.[1];
  const code = /\b(\d{4}[ -]?\d{4})\b/.exec(text)?.[1]?.replace(/\D/g, "");
  if (!token || !code) throw new Error(`No link or code in the email to ${message.To}`);
  return { token, code };
}

const errorCodeOf = (result: GqlResult) => result.errors?.[0]?.extensions?.code;

describe.skipIf(!onPostgres)("three Portico servers on one PostgreSQL", { timeout: 240_000 }, () => {
  let database: TestDatabase;
  let data: Database;
  let postmark: FakePostmark;
  let twilio: FakeTwilio;
  let servers: ServerGroup;

  beforeAll(async () => {
    database = await freshPostgresDatabase();
    ({ data } = await openDataLayerAt(database.url));
    postmark = await startFakePostmark({ token: POSTMARK_TOKEN });
    twilio = await startFakeTwilio(TWILIO);
    servers = new ServerGroup(3, {
      databaseUrl: database.url,
      env: {
        POSTMARK_SERVER_TOKEN: POSTMARK_TOKEN,
        POSTMARK_API_URL: postmark.url,
        POSTMARK_WEBHOOK_USER: WEBHOOK_USER,
        POSTMARK_WEBHOOK_PASSWORD: WEBHOOK_PASSWORD,
        TWILIO_ACCOUNT_SID: TWILIO.accountSid,
        TWILIO_AUTH_TOKEN: TWILIO.authToken,
        TWILIO_FROM_NUMBER: "+15005550006",
        TWILIO_API_URL: twilio.url,
        BULK_INVITE_LEASE_SECONDS: String(BULK_INVITE_LEASE_SECONDS),
      },
    });
    await servers.ensureAll();
  }, 240_000);

  afterAll(async () => {
    await servers?.close();
    await postmark?.close();
    await twilio?.close();
    await data?.close();
    await database?.drop();
  });

  // A test that crashed a server leaves the next one the full three.
  beforeEach(() => servers.ensureAll(), 240_000);

  /** Waits until check() holds; fails with `what` and the check's last answer if it never does. */
  async function until<T>(what: string, check: () => Promise<T> | T, holds: (value: T) => boolean = Boolean) {
    let last: T | undefined;
    await vi.waitFor(
      async () => {
        last = await check();
        if (!holds(last)) throw new Error(`still waiting for ${what} (last seen: ${JSON.stringify(last)})`);
      },
      { timeout: PATIENCE_MS, interval: 100 },
    );
    return last as T;
  }

  const messagesTo = (email: string) => postmark.messages.filter((m) => recipientOf(m) === email.toLowerCase());

  const pendingEmails = (facilityId: number) =>
    countRows({ data }, "email_outbox", "facility_id = ? AND status = 'PENDING'", facilityId);

  /** Until every email of the facility has been sent (or given up on) by one of the workers. */
  const outboxSettled = (facilityId: number) =>
    until(
      `the outbox of facility ${facilityId} to settle`,
      () => pendingEmails(facilityId),
      (n) => n === 0,
    );

  async function newFacility() {
    const facility = await createFacility({ data });
    const staff = await createStaff({ data }, facility.id);
    return { facility, staff };
  }

  /** A staff browser signed in on the first server; its cookie goes to any of them. */
  async function staffBrowser(email: string) {
    const browser = new Browser();
    await browser.ok(servers.at(0), STAFF_SIGN_IN, { e: email, p: TEST_PASSWORD });
    return browser;
  }

  /** Invites a customer through a server and answers the link and code of the email Postmark got. */
  async function invited(staff: Browser, customer: { id: number; email: string | null }, server = 0) {
    const email = customer.email ?? "";
    await staff.ok(servers.at(server), SEND_INVITE, { id: String(customer.id) });
    const [message] = await until(
      `the invite to ${email}`,
      () => messagesTo(email),
      (m) => m.length > 0,
    );
    return secretsOf(message as ReceivedMessage);
  }

  async function rateCount(key: string): Promise<number | undefined> {
    const { rateLimits } = data.t;
    const [row] = await data.read.select({ count: rateLimits.count }).from(rateLimits).where(eq(rateLimits.key, key));
    return row?.count;
  }

  /**
   * Sends the requests while the test holds a lock they will want (`gateSql`, run in a
   * transaction of its own), and lets them through only once every one of them waits at a lock
   * (at the gate, or behind another request that does) or has its answer. They then race at the
   * very point a rule's lock has to order them, on every run, however the machine schedules them.
   */
  async function behindGate<T>(gateSql: string, params: unknown[], requests: Array<() => Promise<T>>): Promise<T[]> {
    const gate = new pg.Client({ connectionString: database.url, application_name: "cross-server-gate" });
    const watcher = new pg.Client({ connectionString: database.url, application_name: "cross-server-watch" });
    await Promise.all([gate.connect(), watcher.connect()]);
    let answered = 0;
    try {
      await gate.query("BEGIN");
      await gate.query(gateSql, params);
      const pending = requests.map((send) =>
        send().finally(() => {
          answered += 1;
        }),
      );
      await until(
        "every request to wait at a lock or be answered",
        async () => {
          const { rows } = await watcher.query<{ n: number }>(
            "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name LIKE 'portico-server-%' AND wait_event_type = 'Lock'",
          );
          return (rows[0]?.n ?? 0) + answered;
        },
        (n) => n >= requests.length,
      );
      await gate.query("ROLLBACK");
      return await Promise.all(pending);
    } finally {
      await gate.end();
      await watcher.end();
    }
  }

  describe("sessions", () => {
    it("a staff session made on one server is valid on the others, and sign-out on one ends it on all", async () => {
      const { staff } = await newFacility();
      const browser = await staffBrowser(staff.email);
      for (const server of servers.all) {
        const seen = await browser.ok<{ staffViewer: { email: string } | null }>(server, STAFF_VIEWER);
        expect(seen.staffViewer?.email).toBe(staff.email);
      }
      // Another tab still holds the cookie after this one signs out: the session itself must be gone.
      const otherTab = browser.copy();
      await browser.ok(servers.at(1), STAFF_SIGN_OUT);
      expect(await countRows({ data }, "sessions", "staff_user_id = ?", staff.id)).toBe(0);
      for (const server of servers.all) {
        const seen = await otherTab.ok<{ staffViewer: unknown }>(server, STAFF_VIEWER);
        expect(seen.staffViewer).toBeNull();
      }
    });

    it("a portal session made on one server is valid on the others, and sign-out on one ends it on all", async () => {
      const { facility, staff } = await newFacility();
      const customer = await createCustomer({ data }, facility.id, { name: "Petra Portal" });
      const { token } = await invited(await staffBrowser(staff.email), customer);
      const browser = new Browser();
      await browser.ok(servers.at(1), REDEEM, { t: token });
      for (const server of servers.all) {
        const seen = await browser.ok<{ portalViewer: { name: string } | null }>(server, PORTAL_VIEWER);
        expect(seen.portalViewer?.name).toBe("Petra Portal");
      }
      const otherTab = browser.copy();
      await browser.ok(servers.at(2), PORTAL_SIGN_OUT);
      expect(await countRows({ data }, "sessions", "kind = 'PORTAL' AND facility_id = ?", facility.id)).toBe(0);
      for (const server of servers.all) {
        const seen = await otherTab.gql<{ portalViewer: unknown }>(server, PORTAL_VIEWER);
        expect(seen.data?.portalViewer ?? null).toBeNull();
      }
    });
  });

  describe("single-use links and cooldowns", () => {
    it("20 simultaneous redemptions of one link over three servers make exactly one session", async () => {
      const { facility, staff } = await newFacility();
      const customer = await createCustomer({ data }, facility.id, { name: "Rita Race" });
      const { token } = await invited(await staffBrowser(staff.email), customer);

      const { signInLinks } = data.t;
      const [link] = await data.read
        .select({ id: signInLinks.id })
        .from(signInLinks)
        .where(eq(signInLinks.customerId, customer.id));
      // All 20 have read the link as unused when they are let through to use it.
      const answers = await behindGate(
        "SELECT 1 FROM sign_in_links WHERE id = $1 FOR UPDATE",
        [link?.id],
        Array.from(
          { length: 20 },
          (_, i) => () => new Browser(`10.20.0.${i + 1}`).gql(servers.at(i), REDEEM, { t: token }),
        ),
      );

      expect(answers.filter((a) => a.data?.redeemSignInLink).length).toBe(1);
      const refused = answers.filter((a) => a.errors);
      expect(refused.length).toBe(19);
      for (const answer of refused) {
        expect(answer.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", linkState: "USED" });
      }
      expect(await countRows({ data }, "sessions", "kind = 'PORTAL' AND facility_id = ?", facility.id)).toBe(1);
      expect(await countRows({ data }, "portal_accounts", "customer_id = ?", customer.id)).toBe(1);
      expect(await countRows({ data }, "invitations", "customer_id = ? AND state = 'ACCEPTED'", customer.id)).toBe(1);
    });

    it("10 simultaneous Send Invite for one person over three servers queue one invitation and send one email", async () => {
      const { facility, staff } = await newFacility();
      const customer = await createCustomer({ data }, facility.id, { name: "Ivan Once" });
      const browser = await staffBrowser(staff.email);

      // The invite records itself on the customer's row (the invitations trigger, decision 58): held,
      // it keeps every request that got that far waiting there, after its own decision and before its
      // commit.
      const answers = await behindGate(
        "SELECT 1 FROM customers WHERE id = $1 FOR UPDATE",
        [customer.id],
        Array.from(
          { length: 10 },
          (_, i) => () => browser.gql(servers.at(i), SEND_INVITE, { id: String(customer.id) }),
        ),
      );

      expect(answers.filter((a) => a.data?.sendInvite).length).toBe(1);
      expect(answers.filter((a) => errorCodeOf(a) === "CONFLICT").length).toBe(9);
      expect(await countRows({ data }, "invitations", "customer_id = ?", customer.id)).toBe(1);
      expect(await countRows({ data }, "email_outbox", "to_email = ?", customer.email)).toBe(1);
      // The one invitation is the customer's latest, and their adoption counts it once.
      const { customers, invitations } = data.t;
      const [invitation] = await data.read
        .select({ id: invitations.id })
        .from(invitations)
        .where(eq(invitations.customerId, customer.id));
      const [person] = await data.read
        .select({ latest: customers.latestInvitationId, stage: customers.adoptionStage })
        .from(customers)
        .where(eq(customers.id, customer.id));
      expect(person).toEqual({ latest: invitation?.id, stage: 1 });
      await outboxSettled(facility.id);
      expect(messagesTo(customer.email ?? "").length).toBe(1);
    });
  });

  describe("the outbox", () => {
    /** Queues rendered emails (as notifications are) straight into the outbox; the servers' workers find them. */
    async function queueEmails(facilityId: number, count: number, prefix: string): Promise<number[]> {
      const now = new Date();
      const rows = Array.from({ length: count }, (_, i) =>
        outboxRow({
          facilityId,
          kind: "MESSAGE",
          toEmail: `${prefix}-${i}@example.com`,
          rendered: { subject: `Note ${i}`, htmlBody: `<p>Note ${i}</p>`, textBody: `Note ${i}` },
          now,
        }),
      );
      const inserted = await data.transaction((tx) =>
        tx.insert(data.t.emailOutbox).values(rows).returning({ id: data.t.emailOutbox.id }),
      );
      return inserted.map((r) => r.id);
    }

    /** How many messages Postmark accepted for each outbox row. */
    function acceptedPerRow(ids: number[]): Map<number, ReceivedMessage[]> {
      const wanted = new Set(ids);
      const byRow = new Map<number, ReceivedMessage[]>(ids.map((id) => [id, []]));
      for (const message of postmark.messages) {
        const id = Number(message.Metadata?.outboxId);
        if (wanted.has(id)) byRow.get(id)?.push(message);
      }
      return byRow;
    }

    it("the workers of all three servers send every email exactly once", async () => {
      const { facility } = await newFacility();
      // More than two full batches, so claims of several workers and lanes run into each other.
      const ids = await queueEmails(facility.id, 1200, "everyone");
      await outboxSettled(facility.id);

      const byRow = acceptedPerRow(ids);
      const counts = [...byRow.values()].map((messages) => messages.length);
      expect(counts.filter((n) => n !== 1)).toEqual([]);
      // Each row was claimed once, and its recorded send is the one Postmark accepted.
      const { emailOutbox: o } = data.t;
      const rows = await data.read
        .select({ id: o.id, status: o.status, attempts: o.attempts, providerMessageId: o.providerMessageId })
        .from(o)
        .where(eq(o.facilityId, facility.id));
      expect(rows.length).toBe(1200);
      for (const row of rows) {
        expect(row).toMatchObject({ status: "SENT", attempts: 1 });
        expect(row.providerMessageId).toBe(byRow.get(row.id)?.[0]?.MessageID);
      }
    });

    it("when a server dies mid-send, the others send its emails once its lease has lapsed", async () => {
      const { facility } = await newFacility();
      // Nothing else is on its way to Postmark: the call held next is this test's.
      await until(
        "every earlier email to settle",
        () => countRows({ data }, "email_outbox", "status = 'PENDING'"),
        (n) => n === 0,
      );
      // The server that will die sends alone at first, so the hanging call is surely its own; its
      // lease is short so the test waits little for it to lapse. The others keep the long default.
      await servers.stopAll();
      const victim = await servers.startExtra({ EMAIL_LEASE_SECONDS: String(VICTIM_EMAIL_LEASE_SECONDS) });
      postmark.holdNextCalls(1);
      const ids = await queueEmails(facility.id, 5, "orphaned");
      await until(
        "a send to hang",
        () => postmark.held,
        (n) => n === 1,
      );

      // The hanging batch's rows stay claimed; any rows a second batch took get sent meanwhile.
      const { emailOutbox: o } = data.t;
      const claimedRows = () =>
        data.read
          .select({ id: o.id, status: o.status, leaseOwner: o.leaseOwner, leaseUntil: o.leaseUntil })
          .from(o)
          .where(inArray(o.id, ids));
      const claimed = await until(
        "every row to be sent or held by the hanging batch",
        claimedRows,
        (rows) =>
          rows.every((r) => r.status === "SENT" || r.leaseOwner !== null) &&
          new Set(rows.filter((r) => r.status === "PENDING").map((r) => r.leaseOwner)).size === 1,
      );
      const held = claimed.filter((r) => r.status === "PENDING");
      expect(held.length).toBeGreaterThan(0);
      expect(held.every((r) => victim.holdsLease(r.leaseOwner ?? ""))).toBe(true);
      const leaseUntil = held[0]?.leaseUntil ?? new Date(0);

      // The other servers are up when it dies mid-call.
      await servers.ensureAll();
      await victim.crash();
      await until(
        "Postmark to see the hanging call hang up",
        () => postmark.abandoned,
        (n) => n === 1,
      );
      await outboxSettled(facility.id);

      const after = await data.read
        .select({ id: o.id, status: o.status, attempts: o.attempts, sentAt: o.sentAt })
        .from(o)
        .where(inArray(o.id, ids));
      const heldIds = new Set(held.map((r) => r.id));
      for (const row of after.filter((r) => heldIds.has(r.id))) {
        // Claimed by the dead server, then by a live one, and sent only after the dead one's lease ran out.
        // On a busy machine the short lease can lapse before the crash and be claimed once more
        // meanwhile: that is one more attempt, never one more email (counted below).
        expect(row.status).toBe("SENT");
        expect(row.attempts).toBeGreaterThanOrEqual(2);
        expect(row.sentAt?.getTime()).toBeGreaterThanOrEqual(leaseUntil.getTime());
      }
      const counts = [...acceptedPerRow(ids).values()].map((messages) => messages.length);
      expect(counts).toEqual(ids.map(() => 1));
    });
  });

  describe("bounces", () => {
    it("a bounce Postmark reports to all three servers at once sends the invite by text once", async () => {
      const { facility, staff } = await newFacility();
      const phone = "+12075550188";
      const customer = await createCustomer({ data }, facility.id, {
        email: `bounced-${facility.id}@example.com`,
        phone,
        smsConsentPhone: phone,
        smsConsentAt: new Date(),
        smsConsentSource: "At the counter",
      });
      const email = customer.email ?? "";
      await invited(await staffBrowser(staff.email), customer);
      const [message] = messagesTo(email);
      const outboxId = message?.Metadata?.outboxId ?? "";
      // The worker records Postmark's MessageID just after Postmark answers; a bounce before it is ignored.
      const { emailOutbox: o } = data.t;
      await until(`the MessageID of the invite to ${email}`, async () => {
        const [row] = await data.read
          .select({ id: o.providerMessageId })
          .from(o)
          .where(eq(o.id, Number(outboxId)));
        return row?.id === message?.MessageID;
      });
      const authorization = `Basic ${Buffer.from(`${WEBHOOK_USER}:${WEBHOOK_PASSWORD}`).toString("base64")}`;
      // Postmark reports the bounce to each server, each a report of its own, at the same moment.
      const bounceTo = (server: number) => async () => {
        const response = await fetch(`${servers.at(server).url}/webhooks/postmark`, {
          method: "POST",
          headers: { authorization, "content-type": "application/json" },
          body: JSON.stringify({
            RecordType: "Bounce",
            ID: 7_000_000 + facility.id * 10 + server,
            Type: "HardBounce",
            Inactive: true,
            MessageID: message?.MessageID,
            Email: email,
            Description: "Unknown user",
            Metadata: { outboxId },
          }),
        });
        return ((await response.json()) as { outcome?: string }).outcome;
      };
      // They race at the person's invite key, where the text is decided.
      const outcomes = await behindGate(TAKE_KEY_STATEMENT, [`invite:${customer.id}:0`], [0, 1, 2].map(bounceTo));
      expect(outcomes).toEqual(["applied", "applied", "applied"]);

      expect(await countRows({ data }, "text_outbox", "to_phone = ? AND kind = 'INVITE'", phone)).toBe(1);
      const texted = await until(
        `the invite text to ${phone}`,
        () => twilio.messages.filter((m) => m.to === phone),
        (m) => m.length > 0,
      );
      expect(texted).toHaveLength(1);
      expect(
        await countRows(
          { data },
          "invitation_events",
          "kind = 'TEXT_INSTEAD' AND invitation_id IN (SELECT id FROM invitations WHERE customer_id = ?)",
          customer.id,
        ),
      ).toBe(1);
    });
  });

  describe("bulk invites", () => {
    it("a bulk invite goes on when the server running it dies: every row settled once, one email per person", async () => {
      const { facility, staff } = await newFacility();
      // A chunk done, the second one blocked midway.
      const PEOPLE = CHUNK_SIZE + 150;
      const { customers } = data.t;
      const people = await data.transaction((tx) =>
        tx
          .insert(customers)
          .values(
            Array.from({ length: PEOPLE }, (_, i) => ({
              facilityId: facility.id,
              name: `Bulk Person ${i}`,
              sortName: `bulk person ${i}`,
              email: `bulk-${facility.id}-${i}@example.com`,
            })),
          )
          .returning({ id: customers.id, email: customers.email }),
      );
      const browser = await staffBrowser(staff.email);
      const preview = await browser.ok<{ previewBulkInvite: { id: string; toInvite: number } }>(
        servers.at(0),
        PREVIEW_BULK,
        { ids: people.map((p) => String(p.id)) },
      );
      expect(preview.previewBulkInvite.toInvite).toBe(PEOPLE);
      const jobId = Number(preview.previewBulkInvite.id);

      // The runner takes a lock per person for each chunk: holding the lock of someone in the second
      // chunk stops whichever server runs the job in the middle of that chunk, the first chunk done.
      const { bulkInviteRows, bulkInviteJobs } = data.t;
      const rows = await data.read
        .select({ customerId: bulkInviteRows.customerId })
        .from(bulkInviteRows)
        .where(eq(bulkInviteRows.jobId, jobId))
        .orderBy(asc(bulkInviteRows.id));
      const blocker = rows[CHUNK_SIZE + 50]?.customerId;
      const gate = new pg.Client({ connectionString: database.url, application_name: "cross-server-gate" });
      const watcher = new pg.Client({ connectionString: database.url, application_name: "cross-server-watch" });
      await Promise.all([gate.connect(), watcher.connect()]);
      try {
        await gate.query("BEGIN");
        await gate.query(TAKE_KEY_STATEMENT, [`invite:${blocker}:0`]);
        const gatePid = (await gate.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]?.pid;

        await browser.ok(servers.at(0), START_BULK, { id: String(jobId) });
        const blocked = await until(
          "a server's runner to wait at the person held",
          async () =>
            (
              await watcher.query<{ name: string }>(
                "SELECT application_name AS name FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))",
                [gatePid],
              )
            ).rows,
          (found) => found.length > 0,
        );
        const [job] = await data.read.select().from(bulkInviteJobs).where(eq(bulkInviteJobs.id, jobId));
        expect(job?.processed).toBe(CHUNK_SIZE);
        // The first chunk's emails go out while the second waits: this test is about the runner
        // dying mid-chunk, so it waits for them. A server dying in the middle of a send is the
        // outbox's case ("when a server dies mid-send…"): its rows go out again, as every copy may.
        await until(
          "the first chunk's emails to be sent",
          () => countRows({ data }, "email_outbox", "facility_id = ? AND status = 'SENT'", facility.id),
          (n) => n === CHUNK_SIZE,
        );
        const runner = servers.named(blocked[0]?.name ?? "");
        await runner.crash();
      } finally {
        // The dead server's transaction, waiting on the gate, rolls back once it gets the lock.
        await gate.query("ROLLBACK").catch(() => undefined);
        await gate.end();
        await watcher.end();
      }

      const done = await until(
        "the job to finish",
        async () => (await data.read.select().from(bulkInviteJobs).where(eq(bulkInviteJobs.id, jobId)))[0],
        (j) => j?.status === "DONE",
      );
      expect(done).toMatchObject({ processed: PEOPLE, sent: PEOPLE, skipped: 0 });
      expect(await countRows({ data }, "bulk_invite_rows", "job_id = ? AND result = 'SENT'", jobId)).toBe(PEOPLE);
      // Another server took the job over.
      const resumedBy = servers.all.filter(
        (s) => s.alive && s.logged("bulk invite job claimed").some((event) => event.jobId === jobId),
      );
      expect(resumedBy.length).toBeGreaterThan(0);

      const { invitations } = data.t;
      const invited = await data.read
        .select({ customerId: invitations.customerId })
        .from(invitations)
        .where(eq(invitations.facilityId, facility.id));
      expect(invited.length).toBe(PEOPLE);
      expect(new Set(invited.map((i) => i.customerId)).size).toBe(PEOPLE);
      await outboxSettled(facility.id);
      const perPerson = people.map((p) => messagesTo(p.email ?? "").length);
      expect(perPerson.filter((n) => n !== 1)).toEqual([]);
    });
  });

  describe("Remind all", () => {
    it("Remind all pressed at once on the three servers sends one reminder per person", async () => {
      const { facility, staff } = await newFacility();
      const browser = await staffBrowser(staff.email);
      const people = [];
      for (let i = 0; i < 5; i++) {
        const customer = await createCustomer({ data }, facility.id, { name: `Rena Remind ${i}` });
        await invited(browser, customer, i % 3);
        people.push(customer);
      }
      // Four days old: on the "3+ days" list, and past the hour between an invite and a reminder.
      const admin = new pg.Client({ connectionString: database.url });
      await admin.connect();
      try {
        await admin.query("UPDATE invitations SET created_at = created_at - interval '4 days' WHERE facility_id = $1", [
          facility.id,
        ]);
      } finally {
        await admin.end();
      }

      const answers = await Promise.all(
        [0, 1, 2].map((server) =>
          browser.ok<{ remindWaitingInvites: { reminded: number; skipped: number } }>(servers.at(server), REMIND_ALL, {
            days: 3,
          }),
        ),
      );
      expect(answers.reduce((sum, a) => sum + a.remindWaitingInvites.reminded, 0)).toBe(people.length);
      for (const answer of answers)
        expect(answer.remindWaitingInvites.reminded + answer.remindWaitingInvites.skipped).toBe(people.length);
      for (const person of people) {
        expect(
          await countRows({ data }, "email_outbox", "to_email = ? AND kind = 'INVITE_REMINDER'", person.email),
        ).toBe(1);
      }
      await outboxSettled(facility.id);
      for (const person of people) expect(messagesTo(person.email ?? "").length).toBe(2);
    });
  });

  describe("throttles and per-address limits", () => {
    it("one sign-in link per address a minute, however many servers are asked at once", async () => {
      const { facility, staff } = await newFacility();
      const customer = await createCustomer({ data }, facility.id);
      const email = customer.email ?? "";
      await invited(await staffBrowser(staff.email), customer);

      const answers = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          new Browser(`10.30.0.${i + 1}`).gql(servers.at(i), REQUEST_LINK, { e: email }),
        ),
      );

      // Everyone gets the same answer; only one link is made and mailed.
      expect(answers.filter((a) => a.errors).length).toBe(0);
      expect(await rateCount(`portal-link:email:${sha256(email)}`)).toBe(10);
      expect(await countRows({ data }, "sign_in_links", "email = ? AND purpose = 'SIGN_IN'", email)).toBe(1);
      await outboxSettled(facility.id);
      expect(messagesTo(email).length).toBe(2);
    });

    it("a network's link requests stop at its limit, counted across servers", async () => {
      const network = "10.31.0.1";
      const answers = await Promise.all(
        Array.from({ length: 26 }, (_, i) =>
          new Browser(network).gql(servers.at(i), REQUEST_LINK, { e: `nobody-${i}@example.com` }),
        ),
      );
      expect(answers.filter((a) => !a.errors).length).toBe(20);
      expect(answers.filter((a) => errorCodeOf(a) === "TOO_MANY_REQUESTS").length).toBe(6);
      expect(await rateCount(`portal-link:ip:${network}`)).toBe(26);
    });

    /** Holds the insert of a limit's counter: the first window, before any request has counted. */
    const FIRST_WINDOW_GATE = "INSERT INTO rate_limits (key, count, reset_at) VALUES ($1, 0, now() + interval '1 day')";

    it("code tries per address a day stop at the cap when guesses are spread over the servers", async () => {
      const { facility, staff } = await newFacility();
      const customer = await createCustomer({ data }, facility.id);
      const email = customer.email ?? "";
      const { code } = await invited(await staffBrowser(staff.email), customer);
      const wrong = code === "00000000" ? "11111111" : "00000000";
      const key = `portal-code:email:${sha256(email)}`;

      // 24 at once (eight a server, inside each one's connection pool), in the address's first window.
      const answers = await behindGate(
        FIRST_WINDOW_GATE,
        [key],
        Array.from(
          { length: 24 },
          (_, i) => () => new Browser(`10.32.0.${i + 1}`).gql(servers.at(i), SIGN_IN_WITH_CODE, { e: email, c: wrong }),
        ),
      );

      expect(answers.every((a) => errorCodeOf(a) === "BAD_USER_INPUT")).toBe(true);
      // Of 24 simultaneous tries, exactly the cap was counted, and so compared.
      expect(await rateCount(key)).toBe(CODE_TRIES_PER_ADDRESS_PER_DAY);
    });

    it("a code dies after five wrong tries, even when they arrive at three servers at once", async () => {
      const { facility, staff } = await newFacility();
      const customer = await createCustomer({ data }, facility.id);
      const email = customer.email ?? "";
      const { code, token } = await invited(await staffBrowser(staff.email), customer);
      const wrong = code === "00000000" ? "11111111" : "00000000";
      const { signInLinks } = data.t;
      const codeAttempts = async () =>
        (
          await data.read
            .select({ id: signInLinks.id, codeAttempts: signInLinks.codeAttempts })
            .from(signInLinks)
            .where(and(eq(signInLinks.email, email), eq(signInLinks.purpose, "INVITE")))
        )[0];
      const link = await codeAttempts();

      // The link's row is held while 15 wrong tries (under the address's daily cap) arrive: each one
      // that counts a try must wait for it.
      const answers = await behindGate(
        "SELECT 1 FROM sign_in_links WHERE id = $1 FOR UPDATE",
        [link?.id],
        Array.from(
          { length: 15 },
          (_, i) => () => new Browser(`10.33.0.${i + 1}`).gql(servers.at(i), SIGN_IN_WITH_CODE, { e: email, c: wrong }),
        ),
      );
      expect(answers.every((a) => errorCodeOf(a) === "BAD_USER_INPUT")).toBe(true);

      // Fifteen wrong tries met the live code: it must have died at the fifth.
      expect((await codeAttempts())?.codeAttempts).toBe(MAX_CODE_ATTEMPTS);
      const rightCode = await new Browser("10.33.1.1").gql(servers.at(0), SIGN_IN_WITH_CODE, { e: email, c: code });
      expect(errorCodeOf(rightCode)).toBe("BAD_USER_INPUT");
      // The emailed link itself still works.
      const byLink = await new Browser("10.33.1.2").ok<{ redeemSignInLink: { name: string } }>(servers.at(1), REDEEM, {
        t: token,
      });
      expect(byLink.redeemSignInLink.name).toBe(customer.name);
    });

    it("staff password guesses stop at the account's limit when spread over the servers", async () => {
      const { staff } = await newFacility();
      const key = `staff-signin:email:${sha256(staff.email)}`;
      const answers = await behindGate(
        FIRST_WINDOW_GATE,
        [key],
        Array.from(
          { length: 24 },
          (_, i) => () =>
            new Browser(`10.34.0.${i + 1}`).gql(servers.at(i), STAFF_SIGN_IN, { e: staff.email, p: "wrong password" }),
        ),
      );
      const verified = answers.filter((a) => errorCodeOf(a) === "UNAUTHENTICATED").length;
      const limited = answers.filter((a) => errorCodeOf(a) === "TOO_MANY_REQUESTS").length;
      // The account's limit is 10 a window: of 24 at once, 10 were checked and 14 turned away.
      expect({ verified, limited, counted: await rateCount(key) }).toEqual({ verified: 10, limited: 14, counted: 10 });
    });
  });
});
