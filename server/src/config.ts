import net from "node:net";
import path from "node:path";
import { z } from "zod";

const booleanish = z
  .enum(["1", "0", "true", "false", "yes", "no", ""])
  .optional()
  .transform((v) => v === "1" || v === "true" || v === "yes");

const PROXY_NAMES = new Set(["loopback", "linklocal", "uniquelocal"]);

/** An address, a CIDR range (10.0.0.0/8, fd00::/8) or one of proxy-addr's names. */
function isProxyEntry(entry: string): boolean {
  if (PROXY_NAMES.has(entry)) return true;
  const [address = "", prefix, extra] = entry.split("/");
  const family = net.isIP(address);
  if (family === 0 || extra !== undefined) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d+$/.test(prefix) && bits <= (family === 4 ? 32 : 128);
}

/**
 * TRUST_PROXY as Express takes it. "true" (trust every hop) is refused: any client could then
 * name its own address in X-Forwarded-For and slip past every per-IP limit.
 */
const trustProxySetting = z
  .string()
  .default("loopback")
  .transform((value, ctx): number | string[] => {
    const trimmed = value.trim();
    if (/^\d+$/.test(trimmed)) return Number(trimmed);
    const entries = trimmed.split(",").map((entry) => entry.trim());
    const bad = entries.filter((entry) => !isProxyEntry(entry));
    if (bad.length > 0) {
      ctx.addIssue({
        code: "custom",
        message: `TRUST_PROXY must be a hop count or a comma-separated list of addresses, CIDR ranges, loopback, linklocal or uniquelocal; not ${bad.map((entry) => JSON.stringify(entry)).join(", ")}`,
      });
      return z.NEVER;
    }
    return entries;
  });

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
  ROLE: z.enum(["all", "web", "worker"], { message: "ROLE must be all, web or worker" }).default("all"),
  TRUST_PROXY: trustProxySetting,
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
  /**
   * What this process runs: `web` serves the API and the apps with no background loops, `worker`
   * runs the loops (email worker, bulk invite runner, purge) and serves only health and readiness,
   * `all` does both — one process on a laptop.
   */
  role: ServerRole;
  /**
   * The proxies whose X-Forwarded-For and X-Forwarded-Proto Express believes (its "trust proxy"):
   * a hop count, or addresses, CIDR ranges and proxy-addr's names (loopback, linklocal,
   * uniquelocal). Per-IP limits count the client address it yields.
   */
  trustProxy: number | string[];
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

export type ServerRole = "all" | "web" | "worker";

/** The background loops run by this process: none on an API-only server. */
export function runsBackgroundJobs(config: Pick<Config, "role">): boolean {
  return config.role !== "web";
}

/** Whether this process serves the API and the apps; a worker answers health checks only. */
export function servesApi(config: Pick<Config, "role">): boolean {
  return config.role !== "worker";
}

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
    role: e.ROLE,
    trustProxy: e.TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    shutdownGraceSeconds: e.SHUTDOWN_GRACE_SECONDS,
    emailLeaseSeconds: e.EMAIL_LEASE_SECONDS,
    bulkInviteLeaseSeconds: e.BULK_INVITE_LEASE_SECONDS,
  };
}

export class ConfigError extends Error {}
