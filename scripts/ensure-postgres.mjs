// Tests on PostgreSQL and the cluster command run PostgreSQL from Debian's server binaries, which
// live in a per-version folder that is not on PATH. Prints that folder (the newest version, 15 or later) on
// stdout and nothing else, so `$(node scripts/ensure-postgres.mjs)` works in a shell; installs
// Debian's `postgresql` with apt-get when it is missing. As root that needs no prompt; otherwise it
// explains what to run. Installing never starts the package's own cluster: nothing here uses it
// (scripts/apt-install.mjs).
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { aptInstall } from "./apt-install.mjs";

const MINIMUM_VERSION = 15;
const VERSIONS_DIR = "/usr/lib/postgresql";

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
  aptInstall(["postgresql"], {
    missing: `PostgreSQL ${MINIMUM_VERSION} or newer was not found in ${VERSIONS_DIR}`,
    why: "for Portico on PostgreSQL",
  });
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
