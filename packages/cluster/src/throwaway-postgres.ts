// A throwaway PostgreSQL holding one fresh database, for a run that starts its own servers against
// it: the browser suite's PostgreSQL run starts it as a Playwright webServer entry, before the
// Portico server. It prints `ready <url>` once the database takes connections, then runs until
// SIGINT, SIGTERM or SIGHUP, or until its stdin ends — the process that started it is gone, even
// one killed outright, which sends no signal — and then stops the server and removes its dir.
import { parseArgs } from "node:util";
import { type PostgresCluster, startPostgresCluster } from "./postgres.js";

const USAGE = `Usage: node --import @swc-node/register/esm-register src/throwaway-postgres.ts [--database <name>]

Starts PostgreSQL in a fresh temp dir on 127.0.0.1 (on the first free port of PORTICO_TEST_PG_PORTS,
e.g. 55400-55499, or one the system picks), creates <name> (default portico) from the template
with pg_trgm, prints "ready postgres://…/<name>", and stops and removes it all on SIGINT, SIGTERM,
SIGHUP or the end of stdin.`;

async function main() {
  const { values } = parseArgs({
    options: {
      database: { type: "string", default: "portico" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }

  let cluster: PostgresCluster | undefined;
  let stopping = false;
  // The signal handlers below replace the cluster's own: a stop asked for while the server is
  // still starting waits for the start, or pg_ctl would leave a server behind a removed dir.
  const started = startPostgresCluster({ stopOnSignals: false }).then(async (running) => {
    cluster = running;
    return running.createDatabase(values.database);
  });
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    let code = 0;
    try {
      await started.catch(() => {});
      await cluster?.stop();
    } catch (error) {
      console.error(error instanceof Error ? error.message : error);
      code = 1;
    }
    process.exit(code);
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void stop());
  // Reading stdin also keeps the process alive: nothing else is left on its event loop.
  process.stdin.on("end", () => void stop());
  process.stdin.resume();

  const url = await started;
  if (!stopping) console.log(`ready ${url}`);
}

main().catch((error) => {
  // The cluster's exit hook stops whatever part of it started.
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
