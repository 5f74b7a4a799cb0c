import "reflect-metadata";
import type { AddressInfo } from "node:net";
import { desc, eq, getTableName, is, sql, Table } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { type AppOptions, createApp } from "../src/app.js";
import { loadConfig } from "../src/config.js";
import type { Db } from "../src/db/client.js";
import type { Database } from "../src/db/database.js";
import { createTextTransport } from "../src/email/create-text-transport.js";
import { DevMailboxTransport } from "../src/email/dev-mailbox-transport.js";
import { createTextWorker } from "../src/email/text-worker.js";
import { createEmailWorker } from "../src/email/worker.js";
import { ManualClock } from "../src/lib/clock.js";
import { createLogger } from "../src/lib/logger.js";
import { createBulkInviteRunner } from "../src/modules/bulk-invites/bulk-invite.runner.js";
import { createCustomerImportRunner } from "../src/modules/customer-imports/customer-import.runner.js";
import { onboardingStepsOfFacilities } from "../src/modules/facilities/facility.service.js";
import { createWebhookWorker } from "../src/modules/webhooks/webhook.worker.js";
import { queueInvitationEvents } from "../src/modules/webhooks/webhooks.service.js";
import { openTestDataLayer } from "./test-data-layer.js";

export type GqlResult<T = Record<string, unknown>> = {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> & { code?: string } }>;
};

/** A browser-like client: keeps its own cookies, sends what Apollo Client sends. */
export class TestClient {
  private cookies = new Map<string, string>();
  /** Sent with every request, as a browser sends its User-Agent. */
  headers: Record<string, string> = {};
  constructor(private readonly baseUrl: string) {}

  async gql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GqlResult<T>> {
    const res = await this.post("/graphql", { query, variables });
    return (await res.json()) as GqlResult<T>;
  }

  /** Asserts success and returns data, with the errors in the failure message. */
  async ok<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.gql<T>(query, variables);
    if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data;
  }

  async post(pathname: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
    const res = await fetch(this.baseUrl + pathname, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "apollo-require-preflight": "true",
        cookie: this.cookieHeader(),
        ...this.headers,
        ...headers,
      },
      body: JSON.stringify(body),
    });
    this.store(res);
    return res;
  }

  async get(pathname: string, headers: Record<string, string> = {}): Promise<Response> {
    const res = await fetch(this.baseUrl + pathname, { headers: { cookie: this.cookieHeader(), ...headers } });
    this.store(res);
    return res;
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  setCookie(name: string, value: string): void {
    this.cookies.set(name, value);
  }

  rawSetCookies: string[] = [];

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  private store(res: Response): void {
    this.rawSetCookies.push(...res.headers.getSetCookie());
    storeCookies(this.cookies, res);
  }
}

/** Keeps a response's cookies in jar as a browser would: set, replaced, or removed when cleared. */
export function storeCookies(jar: Map<string, string>, res: Response): void {
  for (const header of res.headers.getSetCookie()) {
    const [pair] = header.split(";");
    const [name, ...rest] = (pair ?? "").split("=");
    if (!name) continue;
    const value = rest.join("=");
    if (!value || /expires=Thu, 01 Jan 1970/i.test(header)) jar.delete(name.trim());
    else jar.set(name.trim(), value);
  }
}

export type TestApp = Awaited<ReturnType<typeof startTestApp>>;

/**
 * The real app on a real database of the run's engine (a SQLite file, or a PostgreSQL database of its
 * own) and a real HTTP port, with a manual clock and the email
 * worker sending into the dev mailbox when `deliver()` is called.
 */
export async function startTestApp(
  env: Record<string, string> = {},
  appOptions: AppOptions = {},
  /** How long the webhook worker waits for a receiver (10 s in production). */
  webhookTimeoutMs = 10_000,
) {
  const layer = await openTestDataLayer();
  const { data } = layer;
  const clock = new ManualClock(new Date("2026-03-02T09:00:00.000Z"));
  const config = loadConfig({
    NODE_ENV: "test",
    DATABASE_URL: layer.url,
    PUBLIC_URL: "http://portico.test",
    LOG_LEVEL: "silent",
    ...env,
  });
  // PORTICO_TEST_LOG=error shows what the server logged, e.g. the cause of an internal error.
  const logger = createLogger((process.env.PORTICO_TEST_LOG as "error" | undefined) ?? "silent");
  let nudges = 0;
  const bulkInvites = createBulkInviteRunner({ data, clock, logger, nudgeOutbox: () => nudges++ });
  const imports = createCustomerImportRunner({ data, clock, logger });
  const { app, apollo } = await createApp(
    {
      data,
      clock,
      config,
      logger,
      nudgeOutbox: () => nudges++,
      nudgeBulkInvites: () => {},
    },
    appOptions,
  );
  const server = app.listen(0, "127.0.0.1");
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const worker = createEmailWorker({
    data,
    clock,
    config,
    logger,
    transport: new DevMailboxTransport(data),
    loadOnboardingSteps: (facilityIds) => onboardingStepsOfFacilities(data, facilityIds),
    onInvitationsSent: (tx, invitationIds, now) =>
      queueInvitationEvents(tx, data.t, "invitation.sent", invitationIds, now),
  });
  // The dev mailbox, or Twilio's official client when the env points TWILIO_* at a fake.
  const texts = createTextWorker({
    data,
    clock,
    config,
    logger,
    transport: createTextTransport(config, data, logger),
    onInvitationsSent: (tx, invitationIds, now) =>
      queueInvitationEvents(tx, data.t, "invitation.sent", invitationIds, now),
  });
  const webhooks = createWebhookWorker({ data, clock, config, logger, timeoutMs: webhookTimeoutMs });

  return {
    /** SQLite's own handle, for sqliteOnly tests; throws on PostgreSQL. */
    get db(): Db {
      return layer.db;
    },
    data,
    clock,
    config,
    url,
    client: () => new TestClient(url),
    nudges: () => nudges,
    /** Runs the outbox worker once, as the background loop would. */
    deliver: () => worker.runOnce(),
    /** Runs the webhook worker once, as the background loop would. */
    deliverWebhooks: () => webhooks.runOnce(),
    /** Runs the text worker once, as the background loop would. */
    deliverTexts: () => texts.runOnce(),
    /** Runs confirmed bulk invites to the end, as the background runner would. */
    runBulkInvites: () => bulkInvites.runOnce(),
    /** Runs started customer imports to the end, as the background runner would. */
    runCustomerImports: () => imports.runOnce(),
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
      await layer.close();
    },
  };
}

/** The newest email in the dev mailbox to `to`, with its sign-in token and code pulled out. */
export async function latestEmailTo({ data }: { data: Database }, to: string) {
  const mailbox = data.t.devMailbox;
  const [row] = await data.read
    .select({ subject: mailbox.subject, html: mailbox.htmlBody, text: mailbox.textBody })
    .from(mailbox)
    .where(eq(mailbox.toEmail, to.toLowerCase()))
    .orderBy(desc(mailbox.id))
    .limit(1);
  if (!row) return undefined;
  const token = /\/portal\/link\/([A-Za-z0-9_-]{43})/.exec(row.text)?.[1];
  const code = /\b(\d{4}[ -]?\d{4})\b/.exec(row.text)?.[1]?.replace(/\D/g, "");
  return { ...row, token, code };
}

/** The tables of data.t by their SQL names, the names tests write conditions against. */
// The read builder is typed for PostgreSQL's tables; on SQLite the same call takes SQLite's.
function tableNamed(data: Database, name: string): PgTable {
  const table = Object.values(data.t as Record<string, unknown>).find(
    (t): t is PgTable => is(t, Table) && getTableName(t as Table) === name,
  );
  if (!table) throw new Error(`No table named ${name} in the schema`);
  return table;
}

/**
 * Rows of `table` matching `where`, an SQL condition both engines read alike, with `?` for each of
 * `params` (bound as parameters, never spliced into the text).
 */
export function countRows(
  { data }: { data: Database },
  table: string,
  where?: string,
  ...params: unknown[]
): Promise<number> {
  const pieces = (where ?? "").split("?");
  if (pieces.length !== params.length + 1) throw new Error(`${params.length} parameters for: ${where}`);
  const condition = where
    ? sql.join(
        pieces.flatMap((piece, i) => (i < params.length ? [sql.raw(piece), sql`${params[i]}`] : [sql.raw(piece)])),
      )
    : undefined;
  return data.read.$count(tableNamed(data, table), condition);
}

/**
 * Statements the Database compiled, on either connection, while fn ran. A prepared statement
 * compiles once per Database, so a second identical request should compile none.
 */
export async function compilationsDuring(
  app: { data: { stats: { compilations: number } } },
  fn: () => Promise<unknown>,
): Promise<number> {
  const before = app.data.stats.compilations;
  await fn();
  return app.data.stats.compilations - before;
}

/**
 * Runs fn and answers, with its result, the SQL statements the app's Database ran meanwhile, on
 * every connection and on either engine (BEGIN and COMMIT included), statements prepared once
 * (preparedRead) included. Compare two counts to show a page's statements do not grow with its rows.
 */
export async function countStatements<T>(
  { data }: { data: Database },
  fn: () => Promise<T>,
): Promise<{ result: T; statements: string[] }> {
  const statements: string[] = [];
  const stop = data.watchStatements((text) => statements.push(text));
  try {
    return { result: await fn(), statements };
  } finally {
    stop();
  }
}
