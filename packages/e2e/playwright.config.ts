import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

// The real server (built) on a fresh database, sending email through the official Postmark client
// to a fake Postmark on 127.0.0.1, driven by Debian's Chromium. E2E_DATABASE picks the database:
// `sqlite` (the default) a fresh SQLite file, `pg` a fresh database on a throwaway PostgreSQL that
// the run starts before the server and stops after it. `pnpm test:e2e` runs the suite once with each
// (run-engines.mjs).
export const PORT = Number(process.env.E2E_PORT ?? 4300);
export const POSTMARK_PORT = Number(process.env.E2E_POSTMARK_PORT ?? 4310);
export const POSTMARK_TOKEN = "e2e-server-token";
export const BASE_URL = `http://localhost:${PORT}`;
export const POSTMARK_URL = `http://127.0.0.1:${POSTMARK_PORT}`;
export const WEBHOOK_AUTH = { user: "postmark-e2e", password: "webhook-e2e-secret" };
// Derived from PORT so parallel runs on different ports never share a fake.
export const STRIPE_PORT = Number(process.env.E2E_STRIPE_PORT ?? PORT + 78);
export const STRIPE_URL = `http://127.0.0.1:${STRIPE_PORT}`;
export const STRIPE_KEYS = { secretKey: "sk_test_e2eKey", webhookSecret: "whsec_e2eSecret" };
// The cluster layout's spec starts its own balancer on this port and its servers on the next ones.
export const CLUSTER_PORT = Number(process.env.E2E_CLUSTER_PORT ?? PORT + 20);
// Texts go through the official Twilio client to a fake Twilio, derived from PORT like Stripe's.
export const TWILIO_PORT = Number(process.env.E2E_TWILIO_PORT ?? PORT + 40);
export const TWILIO_URL = `http://127.0.0.1:${TWILIO_PORT}`;
export const TWILIO = {
  accountSid: "AC00000000000000000000000000e2e0",
  authToken: "e2e-twilio-token",
  from: "+15005550006",
};

const engine = process.env.E2E_DATABASE ?? "sqlite";
if (engine !== "sqlite" && engine !== "pg") throw new Error(`E2E_DATABASE must be sqlite or pg, not ${engine}`);

// The runner's path, handed to its workers: a spec that prepares data in the database opens this file.
const sqliteFile = process.env.E2E_SQLITE_FILE ?? path.join(os.tmpdir(), `portico-e2e-${process.pid}.sqlite`);
process.env.E2E_SQLITE_FILE = sqliteFile;
const server = path.resolve(import.meta.dirname, "../../server");
const cluster = path.resolve(import.meta.dirname, "../cluster");

/**
 * On PostgreSQL, a throwaway cluster with one fresh database starts before the server. Its command
 * prints the URL with the port it found free; Playwright puts the named group into the environment
 * (E2E_POSTGRES_URL) and the server's command reads it there: the entries start one after
 * another, each once the one before is ready, and stop in the reverse order.
 */
const postgres = {
  name: "postgres",
  command: "node --import @swc-node/register/esm-register src/throwaway-postgres.ts --database portico_e2e",
  cwd: cluster,
  wait: { stdout: /^ready (?<E2E_POSTGRES_URL>postgres:\/\/\S+)$/m },
  // SIGKILL, Playwright's default, would leave the server behind: pg_ctl starts it in a session of
  // its own. On SIGTERM the command stops it and removes its data.
  gracefulShutdown: { signal: "SIGTERM" as const, timeout: 30_000 },
};
const startServer = "exec node --max-semi-space-size=4 --heap-growing-percent=100 dist/main.js --seed-demo";
const serverCommand =
  engine === "pg"
    ? `DATABASE_URL="$E2E_POSTGRES_URL" ${startServer}`
    : `rm -f ${sqliteFile}* && DATABASE_URL=${sqliteFile} ${startServer}`;

export default defineConfig({
  testDir: "./tests",
  // The cluster layout's spec runs on PostgreSQL whatever the engine: once is enough.
  testIgnore: engine === "pg" ? ["**/cluster-invite.spec.ts"] : [],
  // One dir per engine: a run clears its dir at the start, and must not clear the other's traces.
  outputDir: `./test-results/${engine}`,
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  // Waits end as soon as the page is ready; their limits only catch a hang, and must hold on a busy
  // 2-core machine.
  timeout: 120_000,
  expect: { timeout: 20_000 },
  reporter: [["list"]],
  use: {
    baseURL: BASE_URL,
    // A trace recorded for every test made the suite about a quarter slower (its screencast alone
    // kept Chromium's GPU process busy): CI records one when a test fails and runs again, and
    // `--trace on` records one at will. A failure's screenshot is always kept.
    trace: "on-first-retry",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  // Named after the engine, so that every line of the report says which run it belongs to.
  projects: [{ name: engine, use: { ...devices["Desktop Chrome"] } }],
  webServer: [
    {
      command: `node --import @swc-node/register/esm-register test/fake-postmark.ts --port ${POSTMARK_PORT} --token ${POSTMARK_TOKEN}`,
      cwd: server,
      url: `${POSTMARK_URL}/__messages`,
      reuseExistingServer: false,
      stdout: "ignore",
    },
    {
      command: `node --import @swc-node/register/esm-register test/fake-stripe.ts --port ${STRIPE_PORT} --key ${STRIPE_KEYS.secretKey}`,
      cwd: server,
      url: `${STRIPE_URL}/__requests`,
      reuseExistingServer: false,
      stdout: "ignore",
    },
    {
      command: `node --import @swc-node/register/esm-register test/fake-twilio.ts --port ${TWILIO_PORT} --sid ${TWILIO.accountSid} --token ${TWILIO.authToken}`,
      cwd: server,
      url: `${TWILIO_URL}/__messages`,
      reuseExistingServer: false,
      stdout: "ignore",
    },
    ...(engine === "pg" ? [postgres] : []),
    {
      name: "portico",
      command: serverCommand,
      cwd: server,
      url: `${BASE_URL}/healthz`,
      reuseExistingServer: false,
      // Migrating and seeding a fresh database takes longer on PostgreSQL, and a busy machine slows both.
      timeout: 120_000,
      env: {
        PORT: String(PORT),
        PUBLIC_URL: BASE_URL,
        POSTMARK_SERVER_TOKEN: POSTMARK_TOKEN,
        POSTMARK_API_URL: POSTMARK_URL,
        POSTMARK_WEBHOOK_USER: WEBHOOK_AUTH.user,
        POSTMARK_WEBHOOK_PASSWORD: WEBHOOK_AUTH.password,
        STRIPE_API_URL: STRIPE_URL,
        TWILIO_ACCOUNT_SID: TWILIO.accountSid,
        TWILIO_AUTH_TOKEN: TWILIO.authToken,
        TWILIO_FROM_NUMBER: TWILIO.from,
        TWILIO_API_URL: TWILIO_URL,
        NODE_ENV: "production",
        // Production refuses --seed-demo without a password of its own; the specs sign in with this one.
        DEMO_ADMIN_PASSWORD: "portico-demo",
        // Production closes facility sign-up unless told otherwise; facility-sign-up.spec.ts walks it.
        PORTICO_OPEN_SIGN_UP: "true",
        // invite-reminders.spec.ts waits for the reminder job: it looks every 2 s instead of every 5 min.
        INVITE_REMINDER_POLL_SECONDS: "2",
        // No reminder pass of its own during the suite (it would email other specs' customers mid-test):
        // care-reminders.spec.ts starts one by saving the reminder settings, which nudges the job.
        REMINDERS_EVERY_SECONDS: "86400",
        // webhooks.spec.ts posts to a receiver on this machine, which production refuses by default.
        WEBHOOKS_ALLOW_PRIVATE_TARGETS: "true",
        LOG_LEVEL: "warn",
      },
    },
  ],
});
