import "reflect-metadata";
import { parseArgs } from "node:util";
import { loadConfig } from "../config.js";
import { closeDataLayer, openDataLayerAt } from "../db/client.js";
import { systemClock } from "../lib/clock.js";
import { DomainError } from "../lib/domain-error.js";
import { createFacilityWithAdmin } from "../modules/signup/sign-up.service.js";

// Usage: pnpm --filter server create-facility -- --name "Harbor Point" --admin-email owner@example.com
//   [--admin-name "Alex Morgan"] [--time-zone America/New_York] [--country US]
// Creates a facility and its first admin, invited, and prints a one-time link to choose a password
// (the team's invite link, 7 days): the way in when PORTICO_OPEN_SIGN_UP is off.
const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== "--"),
  options: {
    name: { type: "string" },
    "admin-email": { type: "string" },
    "admin-name": { type: "string" },
    "time-zone": { type: "string" },
    country: { type: "string" },
  },
});
if (!values.name || !values["admin-email"]) {
  console.error('Usage: create-facility -- --name "Facility name" --admin-email admin@example.com');
  console.error("         [--admin-name NAME] [--time-zone America/New_York] [--country US]");
  process.exit(2);
}
const config = loadConfig();
const layer = await openDataLayerAt(config.databaseUrl);
try {
  const made = await createFacilityWithAdmin(
    { data: layer.data, clock: systemClock, config },
    {
      facilityName: values.name,
      adminEmail: values["admin-email"],
      adminName: values["admin-name"],
      timeZone: values["time-zone"],
      country: values.country,
    },
  );
  console.log(`Created facility #${made.facilityId}: ${values.name}`);
  console.log(
    `Send this link to ${values["admin-email"]} to choose a password (works once, until ${made.expiresAt.toISOString()}):`,
  );
  console.log(made.link);
} catch (error) {
  if (!(error instanceof DomainError)) throw error;
  console.error(`Not created: ${error.message}`);
  process.exitCode = 1;
} finally {
  await closeDataLayer(layer);
}
