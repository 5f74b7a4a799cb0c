import "reflect-metadata";
import { ConfigError, loadConfig, servesApi } from "./config.js";
import { openDataLayerAt } from "./db/client.js";
import { systemClock } from "./lib/clock.js";
import { createLogger } from "./lib/logger.js";
import { sourceMappedStack } from "./lib/stack-trace.js";
import { demoModeOn } from "./modules/auth/demo-mode.js";
import { startPorticoServer } from "./server.js";

async function main() {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  // On SQLite the server checkpoints the log from a thread of its own, never inside a request's COMMIT.
  const { db, data } = await openDataLayerAt(config.databaseUrl, { backgroundCheckpoints: true });
  if (process.argv.includes("--seed-demo")) {
    // The seed (and the image library its showcase photos need) loads only when asked for.
    const { seedDemoAtStart } = await import("./db/seed/demo.js");
    await seedDemoAtStart({ data }, config, { clock: systemClock, logger });
  }
  config.demoMode = await demoModeOn(config, data);

  const portico = await startPorticoServer({
    config,
    db,
    data,
    clock: systemClock,
    logger,
    serveWeb: true,
    shutdownGraceMs: config.shutdownGraceSeconds * 1000,
  });
  const base = `http://localhost:${portico.port}`;
  const api = servesApi(config);
  logger.info("Portico is running", {
    port: portico.port,
    role: config.role,
    jobs: portico.jobs,
    staff: api ? `${base}/staff/` : undefined,
    portal: api ? `${base}/portal/` : undefined,
    graphql: api ? `${base}/graphql` : undefined,
    mailbox: api && !config.postmark.serverToken ? `${base}/dev/mailbox` : undefined,
  });

  const onSignal = (signal: string) => {
    portico.shutdown(signal).then(
      () => process.exit(0),
      (error) => {
        logger.error("shutdown failed", { error });
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", () => onSignal("SIGINT"));
  process.on("SIGTERM", () => onSignal("SIGTERM"));
}

main().catch((error) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    if (error instanceof Error && error.stack) error.stack = sourceMappedStack(error.stack);
    console.error(error);
  }
  process.exit(1);
});
