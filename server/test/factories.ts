import { type Db } from "../src/db/client.js";
import { cars, customers, facilities, invoices, staffUsers } from "../src/db/schema.js";
import { hashPassword } from "../src/lib/passwords.js";
import { digitsOnly } from "../src/lib/text.js";
import { latestEmailTo, type TestClient } from "./harness.js";

let sequence = 0;
const next = () => ++sequence;

export const TEST_PASSWORD = "correct horse battery";
// Hashing is deliberately slow; tests share one hash.
// A low scrypt cost: the throttle tests verify dozens of passwords at once on a 2-core machine.
export const TEST_PASSWORD_COST = { N: 2 ** 10 };
const passwordHash = hashPassword(TEST_PASSWORD, TEST_PASSWORD_COST);

export function createFacility(db: Db, overrides: Partial<typeof facilities.$inferInsert> = {}) {
  const n = next();
  return db
    .insert(facilities)
    .values({ slug: `facility-${n}`, name: `Facility ${n}`, ...overrides })
    .returning()
    .get();
}

export async function createStaff(db: Db, facilityId: number, overrides: Partial<typeof staffUsers.$inferInsert> = {}) {
  const n = next();
  return db
    .insert(staffUsers)
    .values({
      facilityId,
      email: `staff${n}@facility.test`,
      name: `Staff ${n}`,
      role: "ADMIN",
      passwordHash: await passwordHash,
      ...overrides,
    })
    .returning()
    .get();
}

export function createCustomer(db: Db, facilityId: number, overrides: Partial<typeof customers.$inferInsert> = {}) {
  const n = next();
  const name = overrides.name ?? `Customer ${n}`;
  const phone = overrides.phone ?? null;
  return db
    .insert(customers)
    .values({
      facilityId,
      name,
      sortName: name.toLowerCase(),
      email: `customer${n}@example.com`,
      phoneDigits: digitsOnly(phone),
      ...overrides,
    })
    .returning()
    .get();
}

export function createCar(
  db: Db,
  facilityId: number,
  customerId: number,
  overrides: Partial<typeof cars.$inferInsert> = {},
) {
  return db
    .insert(cars)
    .values({ facilityId, customerId, year: 1967, make: "Ford", model: "Mustang", ...overrides })
    .returning()
    .get();
}

export function createInvoice(
  db: Db,
  facilityId: number,
  customerId: number,
  overrides: Partial<typeof invoices.$inferInsert> = {},
) {
  const n = next();
  return db
    .insert(invoices)
    .values({
      facilityId,
      customerId,
      number: `T-${n}`,
      issuedOn: "2026-02-01",
      status: "OPEN",
      totalCents: 12_500,
      balanceCents: 12_500,
      ...overrides,
    })
    .returning()
    .get();
}

export async function signInStaff(client: TestClient, email: string, password = TEST_PASSWORD) {
  await client.ok(`mutation($e: String!, $p: String!) { staffSignIn(email: $e, password: $p) { id } }`, {
    e: email,
    p: password,
  });
  return client;
}

/** Two facilities, each with an admin signed in, for tenancy tests. */
export async function twoFacilities(app: { db: Db; client: () => TestClient }) {
  const a = createFacility(app.db, { name: "Harbor A" });
  const b = createFacility(app.db, { name: "Lakeside B" });
  const staffA = await createStaff(app.db, a.id);
  const staffB = await createStaff(app.db, b.id);
  return {
    a,
    b,
    staffA,
    staffB,
    asA: await signInStaff(app.client(), staffA.email),
    asB: await signInStaff(app.client(), staffB.email),
  };
}

/**
 * A customer of `facilityId` invited by `staff` who followed the emailed link: returns the
 * customer and a browser signed in to their portal.
 */
export async function customerInPortal(
  app: { db: Db; client: () => TestClient; deliver: () => Promise<number> },
  staff: TestClient,
  facilityId: number,
  person: { name: string; email: string },
) {
  const customer = createCustomer(app.db, facilityId, person);
  await staff.ok(`mutation($id: ID!) { sendInvite(customerId: $id) { invitation { id } } }`, {
    id: String(customer.id),
  });
  await app.deliver();
  const browser = app.client();
  await browser.ok(`mutation($t: String!) { redeemSignInLink(token: $t) { name } }`, {
    t: latestEmailTo(app.db, person.email)?.token,
  });
  return { customer, browser };
}
