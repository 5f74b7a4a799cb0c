import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

// The real server (built) on a fresh SQLite file, sending email through the official Postmark
// client to a fake Postmark on 127.0.0.1, driven by Debian's Chromium.
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

const database = path.join(os.tmpdir(), `portico-e2e-${process.pid}.sqlite`);
const server = path.resolve(import.meta.dirname, "../../server");

export default defineConfig({
  testDir: "./tests",
  outputDir: "./test-results",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: BASE_URL,
    trace: "retain-on-failure",
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
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
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
      command: `rm -f ${database}* && node dist/main.js --seed-demo`,
      cwd: server,
      url: `${BASE_URL}/healthz`,
      reuseExistingServer: false,
      env: {
        PORT: String(PORT),
        DATABASE_URL: database,
        PUBLIC_URL: BASE_URL,
        POSTMARK_SERVER_TOKEN: POSTMARK_TOKEN,
        POSTMARK_API_URL: POSTMARK_URL,
        POSTMARK_WEBHOOK_USER: WEBHOOK_AUTH.user,
        POSTMARK_WEBHOOK_PASSWORD: WEBHOOK_AUTH.password,
        STRIPE_API_URL: STRIPE_URL,
        NODE_ENV: "production",
        // Production refuses --seed-demo without a password of its own; the specs sign in with this one.
        DEMO_ADMIN_PASSWORD: "portico-demo",
        LOG_LEVEL: "warn",
      },
    },
  ],
});
