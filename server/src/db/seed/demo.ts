import { count } from "drizzle-orm";
import { type Config, ConfigError } from "../../config.js";
import { type Clock, DAY, HOUR } from "../../lib/clock.js";
import type { Logger } from "../../lib/logger.js";
import { hashPassword } from "../../lib/passwords.js";
import { demoModeOn } from "../../modules/auth/demo-mode.js";
import { DEMO_ADMIN } from "../../modules/auth/staff-auth.service.js";
import type { ServiceDeps } from "../../modules/service-deps.js";
import { markCreatedByDemoSeed } from "../facts.js";
import { returnedRow } from "../rows.js";
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
export async function seedDemo(
  deps: Pick<ServiceDeps, "data" | "config">,
  { clock, adminPassword }: { clock: Clock; adminPassword?: string },
) {
  const { data } = deps;
  const { t } = data;
  const [existing] = await data.read.select({ n: count() }).from(t.facilities);
  if (existing && existing.n > 0) return null;
  const now = clock.now();
  const [passwordHash, showcaseAssets] = await Promise.all([
    hashPassword(adminPassword ?? DEMO_ADMIN.password),
    prepareShowcaseAssets(),
  ]);

  // One transaction, which the generator's and the showcase's join: a seed that fails part-way
  // leaves the database empty, so the next start seeds it again instead of skipping a half demo.
  return data.transaction(async (tx) => {
    // Checked again under a lock every seeding process takes: servers started together with
    // --seed-demo would otherwise each find the database empty (PostgreSQL's READ COMMITTED lets
    // them all read it at once) and seed it twice. The count after the lock sees what the winner
    // committed.
    await data.dialect.lockKey("demo-seed");
    const [again] = await tx.select({ n: count() }).from(t.facilities);
    if (again && again.n > 0) return null;
    await markCreatedByDemoSeed(tx, t, now);
    const facility = returnedRow(
      await tx
        .insert(t.facilities)
        .values({ ...DEMO_FACILITY, createdAt: now })
        .returning(),
    );
    const admin = returnedRow(
      await tx
        .insert(t.staffUsers)
        .values({
          facilityId: facility.id,
          email: DEMO_ADMIN.email,
          name: "Alex Morgan",
          role: "ADMIN",
          passwordHash,
          createdAt: now,
        })
        .returning(),
    );
    await tx.insert(t.staffUsers).values({
      facilityId: facility.id,
      email: "sam@portico.test",
      name: "Sam Rivera",
      role: "STAFF",
      passwordHash,
      createdAt: now,
    });
    const other = returnedRow(
      await tx
        .insert(t.facilities)
        .values({
          slug: "lakeside",
          name: "Lakeside Boatyard",
          brandColor: "#2f9e44",
          timeZone: "America/Los_Angeles",
          createdAt: now,
        })
        .returning(),
    );
    await tx.insert(t.staffUsers).values({
      facilityId: other.id,
      email: "admin@lakeside.test",
      name: "Jordan Lake",
      role: "ADMIN",
      passwordHash,
      createdAt: now,
    });

    const people = await generateCustomers(data, facility.id, 50, {
      now,
      seed: 7,
      emailDomain: "example.com",
      withoutEmailEvery: 9,
    });
    await generateCustomers(data, other.id, 12, {
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
    for (const [i, step] of plan.entries()) {
      const person = withEmail[i * 2 + 1];
      if (!person?.email) continue;
      const sentAt = new Date(now.getTime() - step.ageMs);
      const invitation = returnedRow(
        await tx
          .insert(t.invitations)
          .values({
            facilityId: facility.id,
            customerId: person.id,
            email: person.email,
            invitedByStaffId: admin.id,
            expiresAt: new Date(sentAt.getTime() + 7 * DAY),
            state: step.accepted ? "ACCEPTED" : "PENDING",
            deliveryState: step.delivery,
            deliveryDetail: step.detail ?? null,
            deliveryUpdatedAt: new Date(sentAt.getTime() + 60_000),
            acceptedAt: step.accepted ? new Date(sentAt.getTime() + 2 * HOUR) : null,
            createdAt: sentAt,
          })
          .returning({ id: t.invitations.id }),
      );
      // The link each invite went out with: a pending invite without an open link reads as expired.
      await tx.insert(t.signInLinks).values({
        facilityId: facility.id,
        customerId: person.id,
        invitationId: invitation.id,
        purpose: "INVITE",
        email: person.email,
        expiresAt: new Date(sentAt.getTime() + 7 * DAY),
        consumedAt: step.accepted ? new Date(sentAt.getTime() + 2 * HOUR) : null,
        createdAt: sentAt,
      });
      if (step.accepted) {
        const activatedAt = new Date(sentAt.getTime() + 2 * HOUR);
        await tx.insert(t.portalAccounts).values({
          facilityId: facility.id,
          customerId: person.id,
          personKey: 0,
          activatedAt,
          lastSignInAt: activatedAt,
          createdAt: activatedAt,
        });
      }
    }
    // After the generated customers, so her invoice numbers follow theirs.
    await seedShowcase(deps, {
      facilityId: facility.id,
      timeZone: facility.timeZone,
      admin: { id: admin.id, name: admin.name },
      clock,
      assets: showcaseAssets,
    });
    return { facilityName: facility.name, customers: people.length + 1 };
  });
}

/**
 * `--seed-demo`: seeds an empty database and asks for demo mode. A database with data of its own
 * is left alone, and demo mode stays off there and in production (browser tests seed a production
 * build: they get the data, never the shown credentials). In production the demo's staff password
 * must be given (DEMO_ADMIN_PASSWORD): the default is published in this repository, and a server
 * reachable from the internet must not come up with it. Answers whether demo mode is on.
 */
export async function seedDemoAtStart(
  layer: Pick<ServiceDeps, "data">,
  config: Config,
  deps: { clock: Clock; logger: Logger },
): Promise<boolean> {
  if (config.env === "production" && !config.demoAdminPassword) {
    throw new ConfigError(
      "Portico cannot start: invalid configuration\n  DEMO_ADMIN_PASSWORD: --seed-demo in production needs a password of your own for the demo's staff accounts; the default one is public",
    );
  }
  const seeded = await seedDemo(
    { data: layer.data, config },
    { clock: deps.clock, adminPassword: config.demoAdminPassword },
  );
  if (seeded) deps.logger.info("demo data created", { facility: seeded.facilityName, customers: seeded.customers });
  config.demoMode = true;
  const on = await demoModeOn(config, layer.data);
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
