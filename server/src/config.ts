import net from "node:net";
import path from "node:path";
import * as z from "zod/mini";
import en from "zod/v4/locales/en.js";

// zod's small build: the full one is 0.7 MB of code to load at every start for these few
// variables (decision 26). Its messages are zod's English ones, as the full build sets them.
z.config(en());

const booleanish = z.pipe(
  z.optional(z.enum(["1", "0", "true", "false", "yes", "no", ""])),
  z.transform((v) => v === "1" || v === "true" || v === "yes"),
);

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
const trustProxySetting = z.pipe(
  z._default(z.string(), "loopback"),
  z.transform((value, ctx): number | string[] => {
    const trimmed = value.trim();
    if (/^\d+$/.test(trimmed)) return Number(trimmed);
    const entries = trimmed.split(",").map((entry) => entry.trim());
    const bad = entries.filter((entry) => !isProxyEntry(entry));
    if (bad.length > 0) {
      ctx.issues.push({
        code: "custom",
        input: value,
        message: `TRUST_PROXY must be a hop count or a comma-separated list of addresses, CIDR ranges, loopback, linklocal or uniquelocal; not ${bad.map((entry) => JSON.stringify(entry)).join(", ")}`,
      });
      return z.NEVER;
    }
    return entries;
  }),
);

/** A whole number of seconds (or a port) within bounds, from its text. */
const wholeNumber = (min: number, max: number, fallback: number) =>
  z._default(z.coerce.number().check(z.int(), z.minimum(min), z.maximum(max)), fallback);

const schema = z.object({
  NODE_ENV: z._default(z.enum(["development", "production", "test"]), "development"),
  PORT: wholeNumber(0, 65535, 4000),
  HOST: z.optional(z.string().check(z.minLength(1))),
  DATABASE_URL: z._default(z.string().check(z.minLength(1)), path.join("data", "portico.sqlite")),
  PUBLIC_URL: z.optional(z.url({ message: "PUBLIC_URL must be an absolute URL such as https://portal.example.com" })),
  POSTMARK_SERVER_TOKEN: z.optional(z.string().check(z.minLength(1))),
  POSTMARK_API_URL: z._default(
    z.url({ message: "POSTMARK_API_URL must be an absolute URL" }),
    "https://api.postmarkapp.com",
  ),
  POSTMARK_WEBHOOK_USER: z.optional(z.string()),
  POSTMARK_WEBHOOK_PASSWORD: z.optional(z.string()),
  TWILIO_ACCOUNT_SID: z.optional(z.string().check(z.minLength(1))),
  TWILIO_AUTH_TOKEN: z.optional(z.string().check(z.minLength(1))),
  TWILIO_FROM_NUMBER: z.optional(z.string().check(z.minLength(1))),
  TWILIO_MESSAGING_SERVICE_SID: z.optional(z.string().check(z.minLength(1))),
  TWILIO_API_URL: z.optional(z.url({ message: "TWILIO_API_URL must be an absolute URL" })),
  STRIPE_API_URL: z._default(z.url({ message: "STRIPE_API_URL must be an absolute URL" }), "https://api.stripe.com"),
  EMAIL_FROM: z._default(z.string(), "Portico <no-reply@portico.test>"),
  DEMO_MODE: booleanish,
  DEMO_ADMIN_PASSWORD: z.optional(
    z
      .string()
      .check(z.minLength(8, { message: "DEMO_ADMIN_PASSWORD must have at least 8 characters" }), z.maxLength(256)),
  ),
  EMAIL_WORKER: z._default(z.enum(["on", "off"]), "on"),
  ROLE: z._default(z.enum(["all", "web", "worker"], { message: "ROLE must be all, web or worker" }), "all"),
  TRUST_PROXY: trustProxySetting,
  LOG_LEVEL: z._default(z.enum(["debug", "info", "warn", "error", "silent"]), "info"),
  SHUTDOWN_GRACE_SECONDS: wholeNumber(0, 600, 10),
  EMAIL_LEASE_SECONDS: wholeNumber(1, 3600, 60),
  BULK_INVITE_LEASE_SECONDS: wholeNumber(1, 3600, 60),
  INVITE_REMINDER_POLL_SECONDS: wholeNumber(1, 3600, 300),
  REMINDERS_EVERY_SECONDS: wholeNumber(1, 86_400, 900),
  API_KEY_REQUESTS_PER_MINUTE: wholeNumber(1, 1_000_000, 600),
  PORTICO_OPEN_SIGN_UP: z.optional(z.enum(["1", "0", "true", "false", "yes", "no"])),
  WEBHOOKS_ALLOW_PRIVATE_TARGETS: z.optional(z.enum(["1", "0", "true", "false", "yes", "no"])),
});

export type Config = {
  env: "development" | "production" | "test";
  port: number;
  host: string;
  databaseUrl: string;
  publicUrl: string;
  postmark: { serverToken: string | undefined; apiUrl: string; webhookUser?: string; webhookPassword?: string };
  emailFrom: string;
  /**
   * Texts go through Twilio when an account SID and auth token are set (with a sending number or a
   * messaging service); otherwise into the local mailbox beside the emails. apiUrl replaces
   * https://api.twilio.com only to point the client at a fake (docs/decisions/0038).
   */
  twilio: {
    accountSid: string;
    authToken: string;
    fromNumber: string | undefined;
    messagingServiceSid: string | undefined;
    apiUrl: string | undefined;
  } | null;
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
  /** How often the invite reminder job looks for reminders due (every 5 minutes by default). */
  inviteReminderPollSeconds: number;
  /** How often the reminders of contracts, invoices, estimates and events look for what is due (15 minutes). */
  remindersEverySeconds: number;
  /** Requests one API key may make per minute, counted in the database; over it, HTTP 429 with Retry-After. */
  apiKeyRequestsPerMinute: number;
  /**
   * Whether anyone may create a facility from the sign-in page (PORTICO_OPEN_SIGN_UP). Open by
   * default outside production; when closed, the operator runs the create-facility command
   * (docs/decisions/0033-facility-sign-up.md).
   */
  openSignUp: boolean;
  /**
   * Whether webhook endpoints may be on private, loopback, link-local or unique-local addresses,
   * and then over http:// (WEBHOOKS_ALLOW_PRIVATE_TARGETS). Off in production by default: a
   * webhook must never reach the servers beside Portico or the cloud's metadata service.
   */
  webhooksAllowPrivateTargets: boolean;
};

export type ServerRole = "all" | "web" | "worker";

/**
 * Whether this deployment can send texts: with Twilio configured, or outside production, where they
 * land in the local mailbox. A production server with no Twilio queues no text at all.
 */
export function textsConfigured(config: Pick<Config, "env" | "twilio">): boolean {
  return config.twilio !== null || config.env !== "production";
}

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
  const twilioSet = [e.TWILIO_ACCOUNT_SID, e.TWILIO_AUTH_TOKEN].filter(Boolean).length;
  if (twilioSet === 1 || (twilioSet === 2 && !e.TWILIO_FROM_NUMBER && !e.TWILIO_MESSAGING_SERVICE_SID)) {
    throw new ConfigError(
      "Portico cannot start: invalid configuration\n  TWILIO_*: texts need TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_FROM_NUMBER or TWILIO_MESSAGING_SERVICE_SID together",
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
    twilio:
      e.TWILIO_ACCOUNT_SID && e.TWILIO_AUTH_TOKEN
        ? {
            accountSid: e.TWILIO_ACCOUNT_SID,
            authToken: e.TWILIO_AUTH_TOKEN,
            fromNumber: e.TWILIO_FROM_NUMBER,
            messagingServiceSid: e.TWILIO_MESSAGING_SERVICE_SID,
            apiUrl: e.TWILIO_API_URL,
          }
        : null,
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
    inviteReminderPollSeconds: e.INVITE_REMINDER_POLL_SECONDS,
    remindersEverySeconds: e.REMINDERS_EVERY_SECONDS,
    apiKeyRequestsPerMinute: e.API_KEY_REQUESTS_PER_MINUTE,
    openSignUp:
      e.PORTICO_OPEN_SIGN_UP === undefined
        ? e.NODE_ENV !== "production"
        : ["1", "true", "yes"].includes(e.PORTICO_OPEN_SIGN_UP),
    webhooksAllowPrivateTargets:
      e.WEBHOOKS_ALLOW_PRIVATE_TARGETS === undefined
        ? e.NODE_ENV !== "production"
        : ["1", "true", "yes"].includes(e.WEBHOOKS_ALLOW_PRIVATE_TARGETS),
  };
}

export class ConfigError extends Error {}
