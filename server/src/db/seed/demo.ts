import { count, eq } from "drizzle-orm";
import { type Config, ConfigError } from "../../config.js";
import { type Clock, DAY, HOUR } from "../../lib/clock.js";
import type { Logger } from "../../lib/logger.js";
import { hashPassword } from "../../lib/passwords.js";
import { demoModeOnAtStart } from "../../modules/auth/demo-mode.js";
import { DEMO_ADMIN } from "../../modules/auth/staff-auth.service.js";
import type { Db } from "../client.js";
import { markCreatedByDemoSeed } from "../facts.js";
import { customers, facilities, invitations, portalAccounts, signInLinks, staffUsers } from "../schema.js";
import { generateCustomers } from "./generate.js";
import { prepareShowcaseAssets, seedShowcase } from "./showcase.js";

export const DEMO_FACILITY = {
  slug: "harbor-point",
  name: "Harbor Point Storage",
  replyToEmail: "concierge@harborpoint.test",
  brandColor: "#0b7285",
  timeZone: "America/New_York",
  welcomeMessage:
    "Welcome to the Harbor Point customer portal. Your cars, bills and documents are here whenever you need them.",
  offlinePaymentInstructions:
    "Pay by check to Harbor Point Storage LLC, 1 Quay Road, Newport, RI 02840, or by bank transfer to account 0000-1234 (routing 011000015). Please put your invoice number in the reference.",
};

/**
 * Demo data for a first look: one facility with an admin, ~50 customers in every portal state,
 * a showcase customer whose portal has something in every section, and a second facility so
 * tenancy is visible. Does nothing if the database already has facilities: demo data never mixes
 * with real data. Marks the database as created by the demo seed, which demo mode requires.
 */
export async function seedDemo(db: Db, { clock, adminPassword }: { clock: Clock; adminPassword?: string }) {
  const existing = db.select({ n: count() }).from(facilities).get();
  if (existing && existing.n > 0) return null;
  const now = clock.now();
  const [passwordHash, showcaseAssets] = await Promise.all([
    hashPassword(adminPassword ?? DEMO_ADMIN.password),
    prepareShowcaseAssets(),
  ]);

  const result = db.transaction(
    (tx) => {
      // Checked again under the write lock: another process may have written meanwhile.
      const again = tx.select({ n: count() }).from(facilities).get();
      if (again && again.n > 0) return null;
      markCreatedByDemoSeed(tx, now);
      const facility = tx
        .insert(facilities)
        .values({ ...DEMO_FACILITY, createdAt: now })
        .returning()
        .get();
      const admin = tx
        .insert(staffUsers)
        .values({
          facilityId: facility.id,
          email: DEMO_ADMIN.email,
          name: "Alex Morgan",
          role: "ADMIN",
          passwordHash,
          createdAt: now,
        })
        .returning()
        .get();
      tx.insert(staffUsers)
        .values({
          facilityId: facility.id,
          email: "sam@portico.test",
          name: "Sam Rivera",
          role: "STAFF",
          passwordHash,
          createdAt: now,
        })
        .run();
      const other = tx
        .insert(facilities)
        .values({
          slug: "lakeside",
          name: "Lakeside Boatyard",
          brandColor: "#2f9e44",
          timeZone: "America/Los_Angeles",
          createdAt: now,
        })
        .returning()
        .get();
      tx.insert(staffUsers)
        .values({
          facilityId: other.id,
          email: "admin@lakeside.test",
          name: "Jordan Lake",
          role: "ADMIN",
          passwordHash,
          createdAt: now,
        })
        .run();
      return { facility, admin, other };
    },
    { behavior: "immediate" },
  );
  if (!result) return null;

  const people = generateCustomers(db, result.facility.id, 50, {
    now,
    seed: 7,
    emailDomain: "example.com",
    withoutEmailEvery: 9,
  });
  generateCustomers(db, result.other.id, 12, {
    now,
    seed: 99,
    emailDomain: "lakeside-example.com",
    invoicePrefix: "LB",
  });

  // Spread the demo customers over every portal state staff will meet.
  const withEmail = people.filter((p) => p.email);
  const plan: Array<{
    ageMs: number;
    delivery: "DELIVERED" | "SENT" | "BOUNCED";
    accepted?: boolean;
    detail?: string;
  }> = [
    ...Array(8).fill({ ageMs: 20 * DAY, delivery: "DELIVERED", accepted: true }),
    ...Array(5).fill({ ageMs: 3 * HOUR, delivery: "DELIVERED" }),
    ...Array(4).fill({ ageMs: 3 * DAY, delivery: "DELIVERED" }),
    ...Array(3).fill({ ageMs: 12 * DAY, delivery: "DELIVERED" }),
    { ageMs: 2 * DAY, delivery: "BOUNCED", detail: "Hard bounce: the mailbox does not exist" },
    { ageMs: 5 * HOUR, delivery: "BOUNCED", detail: "The recipient's mailbox is full" },
  ];
  db.transaction((tx) => {
    plan.forEach((step, i) => {
      const person = withEmail[i * 2 + 1];
      if (!person?.email) return;
      const sentAt = new Date(now.getTime() - step.ageMs);
      const invitation = tx
        .insert(invitations)
        .values({
          facilityId: result.facility.id,
          customerId: person.id,
          email: person.email,
          invitedByStaffId: result.admin.id,
          expiresAt: new Date(sentAt.getTime() + 7 * DAY),
          state: step.accepted ? "ACCEPTED" : "PENDING",
          deliveryState: step.delivery,
          deliveryDetail: step.detail ?? null,
          deliveryUpdatedAt: new Date(sentAt.getTime() + 60_000),
          acceptedAt: step.accepted ? new Date(sentAt.getTime() + 2 * HOUR) : null,
          createdAt: sentAt,
        })
        .returning({ id: invitations.id })
        .get();
      tx.update(customers).set({ latestInvitationId: invitation.id }).where(eq(customers.id, person.id)).run();
      // The link each invite went out with: a pending invite without an open link reads as expired.
      tx.insert(signInLinks)
        .values({
          facilityId: result.facility.id,
          customerId: person.id,
          invitationId: invitation.id,
          purpose: "INVITE",
          email: person.email,
          expiresAt: new Date(sentAt.getTime() + 7 * DAY),
          consumedAt: step.accepted ? new Date(sentAt.getTime() + 2 * HOUR) : null,
          createdAt: sentAt,
        })
        .run();
      if (step.accepted) {
        const activatedAt = new Date(sentAt.getTime() + 2 * HOUR);
        tx.insert(portalAccounts)
          .values({
            facilityId: result.facility.id,
            customerId: person.id,
            personKey: 0,
            activatedAt,
            lastSignInAt: activatedAt,
            createdAt: activatedAt,
          })
          .run();
      }
    });
  });
  // After the generated customers, so her invoice numbers follow theirs.
  seedShowcase(db, {
    facilityId: result.facility.id,
    timeZone: result.facility.timeZone,
    admin: { id: result.admin.id, name: result.admin.name },
    clock,
    assets: showcaseAssets,
  });
  return { facilityName: result.facility.name, customers: people.length + 1 };
}

/**
 * `--seed-demo`: seeds an empty database and asks for demo mode. A database with data of its own
 * is left alone, and demo mode stays off there and in production (browser tests seed a production
 * build: they get the data, never the shown credentials). In production the demo's staff password
 * must be given (DEMO_ADMIN_PASSWORD): the default is published in this repository, and a server
 * reachable from the internet must not come up with it. Answers whether demo mode is on.
 */
export async function seedDemoAtStart(
  db: Db,
  config: Config,
  deps: { clock: Clock; logger: Logger },
): Promise<boolean> {
  if (config.env === "production" && !config.demoAdminPassword) {
    throw new ConfigError(
      "Portico cannot start: invalid configuration\n  DEMO_ADMIN_PASSWORD: --seed-demo in production needs a password of your own for the demo's staff accounts; the default one is public",
    );
  }
  const seeded = await seedDemo(db, { clock: deps.clock, adminPassword: config.demoAdminPassword });
  if (seeded) deps.logger.info("demo data created", { facility: seeded.facilityName, customers: seeded.customers });
  config.demoMode = true;
  const on = demoModeOnAtStart(config, db);
  if (!on) {
    deps.logger.warn(
      config.env === "production"
        ? "demo mode stays off in production: demo credentials are not shown"
        : "the database was not created by the demo seed: nothing seeded, demo mode off",
    );
  }
  config.demoMode = on;
  return on;
}
