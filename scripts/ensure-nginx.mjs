// The cluster command (and its browser test) put Debian's nginx in front of the Portico servers.
// Prints the nginx binary's path on stdout and nothing else, so `$(node scripts/ensure-nginx.mjs)`
// works in a shell; installs Debian's `nginx` with apt-get when it is missing, never starting its
// system service (scripts/apt-install.mjs): the cluster runs nginx itself, with a config, logs and
// pid file of its own. NGINX_PATH names another binary.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { aptInstall } from "./apt-install.mjs";

const NGINX = process.env.NGINX_PATH ?? "/usr/sbin/nginx";
// `-e` (the error log before the config is read) arrived in 1.19.5; upstream keepalive_timeout
// in 1.15.3.
const MINIMUM = [1, 19, 5];

function fail(message) {
  console.error(message);
  process.exit(1);
}

/** [major, minor, patch] from `nginx -v`, which answers on stderr; undefined if it does not run. */
function versionOf(binary) {
  const { stderr } = spawnSync(binary, ["-v"], { encoding: "utf8" });
  const match = /nginx\/(\d+)\.(\d+)\.(\d+)/.exec(stderr ?? "");
  return match ? match.slice(1).map(Number) : undefined;
}

const olderThan = (a, b) => (a[0] - b[0] || a[1] - b[1] || a[2] - b[2]) < 0;

if (!existsSync(NGINX)) {
  if (process.env.NGINX_PATH) fail(`NGINX_PATH names ${NGINX}, which does not exist`);
  aptInstall(["nginx"], { missing: `nginx was not found at ${NGINX}`, why: "for the load balancer" });
  if (!existsSync(NGINX)) fail(`apt-get finished but ${NGINX} is still missing`);
}
const found = versionOf(NGINX);
if (!found) fail(`${NGINX} -v did not say which nginx it is`);
if (olderThan(found, MINIMUM)) {
  fail(`${NGINX} is nginx ${found.join(".")}; the cluster needs ${MINIMUM.join(".")} or newer`);
}
console.log(NGINX);
