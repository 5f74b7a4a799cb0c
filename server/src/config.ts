import path from "node:path";
import { z } from "zod";

const booleanish = z
  .enum(["1", "0", "true", "false", "yes", "no", ""])
  .optional()
  .transform((v) => v === "1" || v === "true" || v === "yes");

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).optional(),
  DATABASE_URL: z.string().min(1).default(path.join("data", "portico.sqlite")),
  PUBLIC_URL: z.url({ message: "PUBLIC_URL must be an absolute URL such as https://portal.example.com" }).optional(),
  POSTMARK_SERVER_TOKEN: z.string().min(1).optional(),
  POSTMARK_API_URL: z
    .url({ message: "POSTMARK_API_URL must be an absolute URL" })
    .default("https://api.postmarkapp.com"),
  POSTMARK_WEBHOOK_USER: z.string().optional(),
  POSTMARK_WEBHOOK_PASSWORD: z.string().optional(),
  STRIPE_API_URL: z.url({ message: "STRIPE_API_URL must be an absolute URL" }).default("https://api.stripe.com"),
  EMAIL_FROM: z.string().default("Portico <no-reply@portico.test>"),
  DEMO_MODE: booleanish,
  DEMO_ADMIN_PASSWORD: z
    .string()
    .min(8, { message: "DEMO_ADMIN_PASSWORD must have at least 8 characters" })
    .max(256)
    .optional(),
  EMAIL_WORKER: z.enum(["on", "off"]).default("on"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  SHUTDOWN_GRACE_SECONDS: z.coerce.number().int().min(0).max(600).default(10),
  EMAIL_LEASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  BULK_INVITE_LEASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
});

export type Config = {
  env: "development" | "production" | "test";
  port: number;
  host: string;
  databaseUrl: string;
  publicUrl: string;
  postmark: { serverToken: string | undefined; apiUrl: string; webhookUser?: string; webhookPassword?: string };
  emailFrom: string;
  /** Base URL of Stripe's API; each facility brings its own secret key. Tests point this at a fake. */
  stripeApiUrl: string;
  demoMode: boolean;
  /** The password `--seed-demo` gives the demo's staff; required in production, where the public default is refused. */
  demoAdminPassword?: string;
  emailWorker: boolean;
  logLevel: "debug" | "info" | "warn" | "error" | "silent";
  /** How long in-flight requests may run after SIGTERM before their connections are closed. */
  shutdownGraceSeconds: number;
  /**
   * How long a server's claim on outbox emails lasts: if it dies mid-send, another server sends them
   * once this has passed. A live server sending for longer than this may see its emails sent twice,
   * so it stays well above the Postmark call's timeout (15 s).
   */
  emailLeaseSeconds: number;
  /** How long a server's claim on a running bulk invite lasts (renewed every chunk) before another server may resume it. */
  bulkInviteLeaseSeconds: number;
};

/** Parses the environment once at start; a bad value stops the process with a readable list. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".") || "(env)"}: ${i.message}`);
    throw new ConfigError(`Portico cannot start: invalid configuration\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  if (e.DEMO_MODE && e.NODE_ENV === "production") {
    throw new ConfigError(
      "Portico cannot start: invalid configuration\n  DEMO_MODE: demo mode shows the demo admin's password, so it is never on in production",
    );
  }
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    // Outside production the local mailbox shows sign-in links in clear, so only this machine may
    // connect; in production a load balancer in front needs every interface.
    host: e.HOST ?? (e.NODE_ENV === "production" ? "0.0.0.0" : "127.0.0.1"),
    databaseUrl: e.DATABASE_URL,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ""),
    postmark: {
      serverToken: e.POSTMARK_SERVER_TOKEN,
      apiUrl: e.POSTMARK_API_URL,
      webhookUser: e.POSTMARK_WEBHOOK_USER,
      webhookPassword: e.POSTMARK_WEBHOOK_PASSWORD,
    },
    emailFrom: e.EMAIL_FROM,
    stripeApiUrl: e.STRIPE_API_URL,
    demoMode: e.DEMO_MODE,
    demoAdminPassword: e.DEMO_ADMIN_PASSWORD,
    emailWorker: e.EMAIL_WORKER === "on",
    logLevel: e.LOG_LEVEL,
    shutdownGraceSeconds: e.SHUTDOWN_GRACE_SECONDS,
    emailLeaseSeconds: e.EMAIL_LEASE_SECONDS,
    bulkInviteLeaseSeconds: e.BULK_INVITE_LEASE_SECONDS,
  };
}

export class ConfigError extends Error {}
