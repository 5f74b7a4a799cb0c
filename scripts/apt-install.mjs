// Installs Debian packages the project's own scripts need (PostgreSQL and nginx for the cluster and
// its tests) with apt-get, without letting any of them start as a system service: nothing of ours
// uses the services the packages set up, and a stray nginx on port 80 or a second PostgreSQL would
// be a surprise. As root that needs no prompt; otherwise it explains what to run.
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, rmSync, writeFileSync } from "node:fs";

// The service-start policy Debian's maintainer scripts ask before starting a service; exit 101
// means "not allowed", which leaves what the package installs stopped.
const POLICY_RC_D = "/usr/sbin/policy-rc.d";

function fail(message) {
  console.error(message);
  process.exit(1);
}

/**
 * Installs `packages`, printing progress on stderr (stdout carries the calling script's answer).
 * `missing` says what was not found, for the message when this cannot install.
 */
export function aptInstall(packages, { missing, why }) {
  if (process.getuid?.() !== 0) {
    fail(`${missing}. Install it with: sudo apt-get install -y ${packages.join(" ")}`);
  }
  if (!existsSync("/usr/bin/apt-get")) fail(`${missing}, and there is no apt-get to install it`);
  console.error(`Installing Debian's ${packages.join(", ")} ${why}…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const stdio = ["ignore", process.stderr, process.stderr];
  const ownPolicy = !existsSync(POLICY_RC_D);
  if (ownPolicy) {
    writeFileSync(POLICY_RC_D, "#!/bin/sh\nexit 101\n");
    chmodSync(POLICY_RC_D, 0o755);
  }
  try {
    execFileSync("apt-get", ["update", "-qq"], { stdio, env });
    execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...packages], { stdio, env });
  } finally {
    if (ownPolicy) rmSync(POLICY_RC_D, { force: true });
  }
  // Under systemd the package also enabled its service for the next boot; it was not running
  // before we installed it, so nobody relies on it.
  if (existsSync("/run/systemd/system")) {
    for (const name of packages) {
      try {
        execFileSync("systemctl", ["disable", "--quiet", name], { stdio: "ignore" });
      } catch {
        // A package without a service of that name.
      }
    }
  }
}
