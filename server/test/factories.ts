import { eq } from "drizzle-orm";
import type { Database } from "../src/db/database.js";
import type { cars, customers, facilities, invoices, staffUsers } from "../src/db/schema.js";
import { hashPassword } from "../src/lib/passwords.js";
import { digitsOnly } from "../src/lib/text.js";
import { latestEmailTo, type TestClient } from "./harness.js";

/** What a factory needs of a test app: its Database, on whichever engine the suite runs. */
export type WithData = { data: Database };

let sequence = 0;
const next = () => ++sequence;

export const TEST_PASSWORD = "correct horse battery";
// Hashing is deliberately slow; tests share one hash.
// A low scrypt cost: the throttle tests verify dozens of passwords at once on a 2-core machine.
export const TEST_PASSWORD_COST = { N: 2 ** 10 };
const passwordHash = hashPassword(TEST_PASSWORD, TEST_PASSWORD_COST);

/** The one row an insert ... returning wrote; the engines answer returning with a list. */
function only<T>(rows: T[]): T {
  const [row] = rows;
  if (!row) throw new Error("The insert returned no row");
  return row;
}

export function createFacility({ data }: WithData, overrides: Partial<typeof facilities.$inferInsert> = {}) {
  const n = next();
  return data.transaction(async (tx) =>
    only(
      await tx
        .insert(data.t.facilities)
        .values({ slug: `facility-${n}`, name: `Facility ${n}`, ...overrides })
        .returning(),
    ),
  );
}

export async function createStaff(
  { data }: WithData,
  facilityId: number,
  overrides: Partial<typeof staffUsers.$inferInsert> = {},
) {
  const n = next();
  const hash = await passwordHash;
  return data.transaction(async (tx) =>
    only(
      await tx
        .insert(data.t.staffUsers)
        .values({
          facilityId,
          email: `staff${n}@facility.test`,
          name: `Staff ${n}`,
          role: "ADMIN",
          passwordHash: hash,
          ...overrides,
        })
        .returning(),
    ),
  );
}

export function createCustomer(
  { data }: WithData,
  facilityId: number,
  overrides: Partial<typeof customers.$inferInsert> = {},
) {
  const n = next();
  const name = overrides.name ?? `Customer ${n}`;
  const phone = overrides.phone ?? null;
  return data.transaction(async (tx) =>
    only(
      await tx
        .insert(data.t.customers)
        .values({
          facilityId,
          name,
          sortName: name.toLowerCase(),
          email: `customer${n}@example.com`,
          phoneDigits: digitsOnly(phone),
          ...overrides,
        })
        .returning(),
    ),
  );
}

export function createCar(
  { data }: WithData,
  facilityId: number,
  customerId: number,
  overrides: Partial<typeof cars.$inferInsert> = {},
) {
  return data.transaction(async (tx) =>
    only(
      await tx
        .insert(data.t.cars)
        .values({ facilityId, customerId, year: 1967, make: "Ford", model: "Mustang", ...overrides })
        .returning(),
    ),
  );
}

export function createInvoice(
  { data }: WithData,
  facilityId: number,
  customerId: number,
  overrides: Partial<typeof invoices.$inferInsert> = {},
) {
  const n = next();
  return data.transaction(async (tx) =>
    only(
      await tx
        .insert(data.t.invoices)
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
        .returning(),
    ),
  );
}

export async function signInStaff(client: TestClient, email: string, password = TEST_PASSWORD) {
  await client.ok(`mutation($e: String!, $p: String!) { staffSignIn(email: $e, password: $p) { id } }`, {
    e: email,
    p: password,
  });
  return client;
}

/** Two facilities, each with an admin signed in, for tenancy tests. */
export async function twoFacilities(app: WithData & { client: () => TestClient }) {
  const a = await createFacility(app, { name: "Harbor A" });
  const b = await createFacility(app, { name: "Lakeside B" });
  const staffA = await createStaff(app, a.id);
  const staffB = await createStaff(app, b.id);
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
  app: WithData & { client: () => TestClient; deliver: () => Promise<number> },
  staff: TestClient,
  facilityId: number,
  person: { name: string; email: string },
) {
  const customer = await createCustomer(app, facilityId, person);
  await staff.ok(`mutation($id: ID!) { sendInvite(customerId: $id) { invitation { id } } }`, {
    id: String(customer.id),
  });
  await app.deliver();
  const browser = app.client();
  await browser.ok(`mutation($t: String!) { redeemSignInLink(token: $t) { name } }`, {
    t: (await latestEmailTo(app, person.email))?.token,
  });
  return { customer, browser };
}

/** Changes a facility's settings directly, as an admin's saved settings would. */
export async function updateFacility(
  { data }: WithData,
  facilityId: number,
  changes: Partial<typeof facilities.$inferInsert>,
): Promise<void> {
  const { facilities } = data.t;
  await data.transaction((tx) =>
    tx.update(facilities).set(changes).where(eq(facilities.id, facilityId)).returning({ id: facilities.id }),
  );
}
