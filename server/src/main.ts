import "reflect-metadata";
import { createApp } from "./app.js";
import { ConfigError, loadConfig } from "./config.js";
import { openDatabase } from "./db/client.js";
import { seedDemoAtStart } from "./db/seed/demo.js";
import { createTransport } from "./email/transport.js";
import { createEmailWorker } from "./email/worker.js";
import { systemClock } from "./lib/clock.js";
import { createLogger } from "./lib/logger.js";
import { demoModeOn } from "./modules/auth/demo-mode.js";
import { createPurgeJob } from "./modules/auth/purge.job.js";
import { createBulkInviteRunner } from "./modules/bulk-invites/bulk-invite.runner.js";
import { onboardingStepsByFacility } from "./modules/facilities/facility.service.js";

async function main() {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const db = openDatabase(config.databaseUrl);
  if (process.argv.includes("--seed-demo")) await seedDemoAtStart(db, config, { clock: systemClock, logger });
  config.demoMode = demoModeOn(config, db);

  const worker = createEmailWorker({
    db,
    clock: systemClock,
    config,
    logger,
    transport: createTransport(config, db, logger),
    loadOnboardingSteps: onboardingStepsByFacility,
  });
  const bulkInvites = createBulkInviteRunner({ db, clock: systemClock, logger, nudgeOutbox: () => worker.nudge() });
  const purge = createPurgeJob({ db, clock: systemClock, logger });
  const { app } = await createApp(
    {
      db,
      clock: systemClock,
      config,
      logger,
      nudgeOutbox: () => worker.nudge(),
      nudgeBulkInvites: () => bulkInvites.nudge(),
    },
    { serveWeb: true },
  );
  const server = app.listen(config.port, config.host, () => {
    if (config.emailWorker) worker.start();
    bulkInvites.start();
    purge.start();
    const base = `http://localhost:${config.port}`;
    logger.info("Portico is running", {
      staff: `${base}/staff/`,
      portal: `${base}/portal/`,
      graphql: `${base}/graphql`,
      mailbox: config.postmark.serverToken ? undefined : `${base}/dev/mailbox`,
    });
  });

  const shutdown = async (signal: string) => {
    logger.info("shutting down", { signal });
    server.close();
    await bulkInvites.stop();
    await purge.stop();
    await worker.stop();
    db.$client.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch((error) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
