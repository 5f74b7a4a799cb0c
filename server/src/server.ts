import type { AddressInfo } from "node:net";
import { createApp, createWorkerApp } from "./app.js";
import { type Config, runsBackgroundJobs, servesApi } from "./config.js";
import { closeDataLayer, type Db } from "./db/client.js";
import type { Database } from "./db/database.js";
import { createTextTransport } from "./email/create-text-transport.js";
import { createTransport } from "./email/create-transport.js";
import type { TextTransport } from "./email/text-transport.js";
import { createTextWorker } from "./email/text-worker.js";
import { createEmailWorker, type EmailWorkerDeps } from "./email/worker.js";
import type { Clock } from "./lib/clock.js";
import type { Logger } from "./lib/logger.js";
import { createPurgeJob } from "./modules/auth/purge.job.js";
import { createBulkInviteRunner } from "./modules/bulk-invites/bulk-invite.runner.js";
import { createCareReminderJob } from "./modules/care-reminders/care-reminders.job.js";
import { createCustomerImportRunner } from "./modules/customer-imports/customer-import.runner.js";
import { onboardingStepsOfFacilities } from "./modules/facilities/facility.service.js";
import { createInviteReminderJob } from "./modules/invitations/invite-reminders.job.js";
import { createWebhookWorker } from "./modules/webhooks/webhook.worker.js";
import { queueInvitationEvents } from "./modules/webhooks/webhooks.service.js";

export type PorticoServerDeps = {
  config: Config;
  /** SQLite's synchronous handle, closed at shutdown; none on PostgreSQL. */
  db?: Db;
  data: Database;
  clock: Clock;
  logger: Logger;
  serveWeb?: boolean;
  /** How long in-flight requests may take to finish once shutdown begins, before they are cut. */
  shutdownGraceMs?: number;
  /** The email worker's transport and id; production builds them from the config. */
  transport?: EmailWorkerDeps["transport"];
  /** The text worker's transport; production builds it from the config (Twilio or the local mailbox). */
  textTransport?: TextTransport;
  workerId?: string;
};

/** A loop this process runs in the background, by the name it is logged and reported under. */
export type BackgroundJob = "email-worker" | "bulk-invites" | "purge" | "invite-reminders" | "care-reminders";

/** The loops a process of this configuration starts: none on an API-only server (ROLE=web). */
export function backgroundJobsOf(config: Pick<Config, "role" | "emailWorker">): BackgroundJob[] {
  if (!runsBackgroundJobs(config)) return [];
  return [
    ...(config.emailWorker ? (["email-worker"] as const) : []),
    "bulk-invites",
    "purge",
    "invite-reminders",
    "care-reminders",
  ];
}

/**
 * The HTTP server, the email worker and the bulk invite runner, started together as the role
 * says (an API-only server runs no loop; a worker serves only health and readiness); `shutdown`
 * stops them in the order that loses nothing: refuse new connections (readiness turns false
 * first), let in-flight requests finish within the grace period, stop the background loops —
 * which hand back the leases they hold — then close the database.
 */
/** How long an idle kept-alive connection stays open. */
export const KEEP_ALIVE_MS = 65_000;
/** While draining, how often connections that fell idle are closed. */
const SWEEP_MS = 25;

export async function startPorticoServer(deps: PorticoServerDeps) {
  const { config, db, data, clock, logger } = deps;
  let draining = false;
  const worker = createEmailWorker({
    data,
    clock,
    config,
    logger,
    transport: deps.transport ?? createTransport(config, data, logger),
    workerId: deps.workerId,
    loadOnboardingSteps: (facilityIds) => onboardingStepsOfFacilities(data, facilityIds),
    onInvitationsSent: (tx, invitationIds, now) =>
      queueInvitationEvents(tx, data.t, "invitation.sent", invitationIds, now),
  });
  // Texts have an outbox of their own, sent beside the emails: one nudge wakes both.
  const texts = createTextWorker({
    data,
    clock,
    config,
    logger,
    transport: deps.textTransport ?? createTextTransport(config, data, logger),
    workerId: deps.workerId,
    onInvitationsSent: (tx, invitationIds, now) =>
      queueInvitationEvents(tx, data.t, "invitation.sent", invitationIds, now),
  });
  // Webhooks have an outbox of their own too; the same nudge wakes it after a change queued events.
  const webhooks = createWebhookWorker({
    data,
    clock,
    config,
    logger,
    workerId: deps.workerId,
    nudgeOutbox: () => worker.nudge(),
  });
  const nudgeOutbox = () => {
    worker.nudge();
    texts.nudge();
    webhooks.nudge();
  };
  const bulkInvites = createBulkInviteRunner({
    data,
    clock,
    logger,
    nudgeOutbox,
    // Only where the worker runs: its hand-off answers null until it has started.
    handOffEmails: () => worker.handOff(),
    leaseMs: config.bulkInviteLeaseSeconds * 1000,
  });
  // Imports run on the bulk invites' job: the same servers, leases and shutdown.
  const imports = createCustomerImportRunner({ data, clock, logger, leaseMs: config.bulkInviteLeaseSeconds * 1000 });
  const purge = createPurgeJob({ data, clock, logger });
  const inviteReminders = createInviteReminderJob({
    data,
    clock,
    logger,
    nudgeOutbox,
    everyMs: config.inviteReminderPollSeconds * 1000,
  });
  const careReminders = createCareReminderJob({
    data,
    clock,
    logger,
    config,
    nudgeOutbox,
    everyMs: config.remindersEverySeconds * 1000,
  });
  const appDeps = {
    data,
    clock,
    config,
    logger,
    // On an API-only server the loops never start and a nudge does nothing: the workers find the
    // work at their next poll.
    nudgeOutbox,
    nudgeBulkInvites: () => {
      bulkInvites.nudge();
      imports.nudge();
    },
    nudgeReminders: () => careReminders.nudge(),
  };
  const isDraining = () => draining;
  const { app, apollo } = servesApi(config)
    ? await createApp(appDeps, { serveWeb: deps.serveWeb ?? false, isDraining })
    : { app: createWorkerApp(appDeps, { isDraining }), apollo: undefined };
  const server = app.listen(config.port, config.host);
  // Idle kept-alive connections outlive those of the clients and proxies in front (nginx keeps an
  // upstream connection 60 s): the client closes first, so a request is never sent on a connection
  // the server is closing at that instant, which the client would see as a reset. Node's 5 s
  // default made that race happen under load.
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.headersTimeout = KEEP_ALIVE_MS + 1_000;
  await new Promise<void>((resolve, reject) => {
    server.once("listening", resolve);
    server.once("error", reject);
  });
  const jobs = backgroundJobsOf(config);
  if (jobs.includes("email-worker")) {
    worker.start();
    texts.start();
    webhooks.start();
  }
  if (jobs.includes("bulk-invites")) {
    bulkInvites.start();
    imports.start();
  }
  if (jobs.includes("purge")) purge.start();
  if (jobs.includes("invite-reminders")) inviteReminders.start();
  if (jobs.includes("care-reminders")) careReminders.start();
  const port = (server.address() as AddressInfo).port;

  let shuttingDown: Promise<void> | undefined;
  async function stopEverything(signal: string): Promise<void> {
    logger.info("shutting down", { signal });
    draining = true;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    // Idle kept-alive connections would otherwise hold the server open until their timeout; those
    // answering a request that began before the drain turn idle when it is answered, and are closed
    // then, within SWEEP_MS (Node keeps them open after close() otherwise).
    server.closeIdleConnections();
    const sweep = setInterval(() => server.closeIdleConnections(), SWEEP_MS);
    closed.finally(() => clearInterval(sweep));
    const grace = setTimeout(() => {
      logger.warn("requests still running at the end of the grace period; closing their connections");
      server.closeAllConnections();
    }, deps.shutdownGraceMs ?? 10_000);
    grace.unref();
    await closed;
    clearTimeout(grace);
    await Promise.all([
      worker.stop(),
      texts.stop(),
      webhooks.stop(),
      bulkInvites.stop(),
      imports.stop(),
      purge.stop(),
      inviteReminders.stop(),
      careReminders.stop(),
    ]);
    await apollo?.stop();
    await closeDataLayer({ db, data });
    logger.info("shut down", { signal });
  }

  return {
    server,
    port,
    worker,
    bulkInvites,
    imports,
    /** The loops this process started. */
    jobs,
    /** Idempotent: a second signal waits for the first shutdown instead of starting another. */
    shutdown(signal = "shutdown"): Promise<void> {
      shuttingDown ??= stopEverything(signal);
      return shuttingDown;
    },
  };
}
