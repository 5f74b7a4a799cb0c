// Browser tests drive Debian's Chromium (browser downloads do not work here). Installs it with
// apt-get when it is missing; as root that needs no prompt, otherwise it explains what to run.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

if (existsSync(CHROMIUM)) process.exit(0);

if (process.getuid?.() !== 0) {
  console.error(`Chromium not found at ${CHROMIUM}. Install it with: sudo apt-get install -y chromium`);
  process.exit(1);
}
console.log("Installing Debian's chromium for the browser tests…");
const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
execSync("apt-get update -qq", { stdio: "inherit", env });
execSync("apt-get install -y -qq --no-install-recommends chromium fonts-liberation", { stdio: "inherit", env });
if (!existsSync(CHROMIUM)) {
  console.error("apt-get finished but chromium is still missing");
  process.exit(1);
}
