// Tests on PostgreSQL run a throwaway cluster from Debian's server binaries, which live in a
// per-version folder that is not on PATH. Prints that folder (the newest version, 15 or later) on
// stdout and nothing else, so `$(node scripts/ensure-postgres.mjs)` works in a shell; installs
// Debian's `postgresql` with apt-get when it is missing. As root that needs no prompt; otherwise it
// explains what to run. Installing never starts the package's own cluster: nothing here uses it.
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const MINIMUM_VERSION = 15;
const VERSIONS_DIR = "/usr/lib/postgresql";
// The service-start policy Debian's maintainer scripts ask before starting a service; exit 101
// means "not allowed", which leaves the cluster the package creates stopped.
const POLICY_RC_D = "/usr/sbin/policy-rc.d";

/** The newest installed version's bin folder with `initdb`, or undefined, with the version found. */
function newestInstalled() {
  if (!existsSync(VERSIONS_DIR)) return undefined;
  const versions = readdirSync(VERSIONS_DIR)
    .filter((name) => /^\d+$/.test(name) && existsSync(path.join(VERSIONS_DIR, name, "bin", "initdb")))
    .map(Number)
    .sort((a, b) => b - a);
  if (versions.length === 0) return undefined;
  return { version: versions[0], binDir: path.join(VERSIONS_DIR, String(versions[0]), "bin") };
}

function fail(message) {
  console.error(message);
  process.exit(1);
}

function install() {
  if (process.getuid?.() !== 0) {
    fail(
      `PostgreSQL ${MINIMUM_VERSION} or newer was not found in ${VERSIONS_DIR}. Install it with: sudo apt-get install -y postgresql`,
    );
  }
  if (!existsSync("/usr/bin/apt-get")) {
    fail(
      `PostgreSQL ${MINIMUM_VERSION} or newer was not found in ${VERSIONS_DIR}, and there is no apt-get to install it`,
    );
  }
  console.error("Installing Debian's postgresql for the tests on PostgreSQL…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  // Progress goes to stderr: stdout carries only the answer.
  const stdio = ["ignore", process.stderr, process.stderr];
  const ownPolicy = !existsSync(POLICY_RC_D);
  if (ownPolicy) {
    writeFileSync(POLICY_RC_D, "#!/bin/sh\nexit 101\n");
    chmodSync(POLICY_RC_D, 0o755);
  }
  try {
    execFileSync("apt-get", ["update", "-qq"], { stdio, env });
    execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "postgresql"], { stdio, env });
  } finally {
    if (ownPolicy) rmSync(POLICY_RC_D, { force: true });
  }
}

let found = newestInstalled();
if (!found || found.version < MINIMUM_VERSION) {
  install();
  found = newestInstalled();
}
if (!found) fail(`apt-get finished but no PostgreSQL server binaries are in ${VERSIONS_DIR}`);
if (found.version < MINIMUM_VERSION) {
  fail(`PostgreSQL ${found.version} is the newest this system offers; Portico needs ${MINIMUM_VERSION} or newer`);
}
// Search needs pg_trgm; Debian ships it in the server package, other builds may not.
const trigram = `/usr/share/postgresql/${found.version}/extension/pg_trgm.control`;
if (!existsSync(trigram)) fail(`PostgreSQL ${found.version} is installed without pg_trgm (${trigram} is missing)`);
console.log(found.binDir);
