import { count as countRows, type Placeholder, sql } from "drizzle-orm";
import type { Database, Tables } from "../database.js";
import { preparedInTransaction } from "../prepared-in-transaction.js";
import { FacilityScope } from "../tenancy.js";

/** Small deterministic PRNG so seeds and benchmarks build the same data every run. */
export function seededRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
  };
}

const FIRST = [
  "Olivia",
  "Liam",
  "Emma",
  "Noah",
  "Ava",
  "Elijah",
  "Sophia",
  "James",
  "Isabella",
  "William",
  "Mia",
  "Henry",
  "Charlotte",
  "Lucas",
  "Amelia",
  "Theodore",
  "Harper",
  "Jack",
  "Evelyn",
  "Benjamin",
  "Abigail",
  "Levi",
  "Emily",
  "Sebastian",
  "Ella",
  "Mateo",
  "Grace",
  "Daniel",
  "Chloe",
  "Samuel",
  "Nora",
  "David",
  "Lily",
  "Joseph",
  "Zoe",
  "Carter",
  "Hannah",
  "Owen",
  "Aria",
  "Wyatt",
  "Layla",
  "John",
  "Riley",
  "Julian",
  "Victoria",
  "Luke",
  "Stella",
  "Gabriel",
  "Aurora",
  "Anthony",
  "Hazel",
  "Isaac",
  "Violet",
  "Dylan",
  "Maya",
  "Leo",
  "Claire",
  "Lincoln",
  "Alice",
  "Jaxon",
  "Naomi",
  "Asher",
  "Elena",
  "Christopher",
  "Ruby",
  "Josiah",
  "Ivy",
  "Andrew",
  "Sadie",
  "Thomas",
  "Lucy",
];
const LAST = [
  "Smith",
  "Johnson",
  "Williams",
  "Brown",
  "Jones",
  "Garcia",
  "Miller",
  "Davis",
  "Rodriguez",
  "Martinez",
  "Hernandez",
  "Lopez",
  "Gonzalez",
  "Wilson",
  "Anderson",
  "Thomas",
  "Taylor",
  "Moore",
  "Jackson",
  "Martin",
  "Lee",
  "Perez",
  "Thompson",
  "White",
  "Harris",
  "Sanchez",
  "Clark",
  "Ramirez",
  "Lewis",
  "Robinson",
  "Walker",
  "Young",
  "Allen",
  "King",
  "Wright",
  "Scott",
  "Torres",
  "Nguyen",
  "Hill",
  "Flores",
  "Green",
  "Adams",
  "Nelson",
  "Baker",
  "Hall",
  "Rivera",
  "Campbell",
  "Mitchell",
  "Carter",
  "Roberts",
  "Okafor",
  "Lindqvist",
  "Castellano",
  "Whitaker",
];
const VEHICLES = [
  [1967, "Ford", "Mustang Fastback"],
  [1963, "Chevrolet", "Corvette Sting Ray"],
  [1973, "Porsche", "911 Carrera RS"],
  [1957, "Mercedes-Benz", "300SL Roadster"],
  [1969, "Dodge", "Charger R/T"],
  [1988, "Ferrari", "Testarossa"],
  [1965, "Jaguar", "E-Type Series 1"],
  [2019, "Porsche", "911 GT3 RS"],
  [1970, "Plymouth", "Hemi 'Cuda"],
  [1955, "Ford", "Thunderbird"],
  [2006, "Ford", "GT"],
  [1972, "Datsun", "240Z"],
  [1991, "Acura", "NSX"],
  [1964, "Aston Martin", "DB5"],
  [2021, "Boston Whaler", "280 Outrage"],
  [2018, "Chris-Craft", "Launch 27"],
  [2015, "Grady-White", "Freedom 285"],
  [1959, "Riva", "Tritone"],
  [2022, "Sea Ray", "SLX 260"],
  [2017, "Land Rover", "Defender 110"],
  [1985, "Toyota", "Land Cruiser FJ60"],
  [1997, "Porsche", "993 Turbo"],
] as const;
const COLOURS = [
  "Guards Red",
  "Wimbledon White",
  "British Racing Green",
  "Silver",
  "Black",
  "Candy Apple Red",
  "Marina Blue",
  "Ivory",
];
const STREETS = [
  "Harbor Rd",
  "Bay St",
  "Maple Ave",
  "Shoreline Dr",
  "Quarry Ln",
  "Lighthouse Way",
  "Elm St",
  "Ridge Rd",
];

/** Real US area codes: with the 555 exchange they make valid numbers that reach nobody. */
const AREA_CODES = [207, 603, 802, 617, 508, 978, 212, 646, 718, 415, 312, 503, 206, 305, 404, 512, 720, 860, 401, 215];

export type GeneratedCustomer = { id: number; name: string; email: string | null };

type CustomerValues = Tables["customers"]["$inferInsert"];
type CarValues = Tables["cars"]["$inferInsert"];
type InvoiceValues = Tables["invoices"]["$inferInsert"];

/** Rows per insert statement: few statements, each well under SQLite's bound-parameter limit. */
const ROWS = 200;

const CUSTOMER_COLUMNS = [
  "facilityId",
  "name",
  "sortName",
  "email",
  "phone",
  "phoneDigits",
  "address",
  "paymentMethodConnected",
  "createdAt",
  "updatedAt",
] as const satisfies ReadonlyArray<keyof CustomerValues>;
const CAR_COLUMNS = [
  "facilityId",
  "customerId",
  "year",
  "make",
  "model",
  "vin",
  "plate",
  "color",
  "status",
  "location",
  "createdAt",
] as const satisfies ReadonlyArray<keyof CarValues>;
const INVOICE_COLUMNS = [
  "facilityId",
  "customerId",
  "number",
  "issuedOn",
  "dueOn",
  "status",
  "totalCents",
  "balanceCents",
  "createdAt",
] as const satisfies ReadonlyArray<keyof InvoiceValues>;

/** ROWS rows of placeholders named column + row index, the shape rowParams fills. */
function placeholderRows<C extends string>(columns: readonly C[]): Array<Record<C, Placeholder>> {
  return Array.from(
    { length: ROWS },
    (_, i) => Object.fromEntries(columns.map((c) => [c, sql.placeholder(`${c}${i}`)])) as Record<C, Placeholder>,
  );
}

function rowParams<C extends string>(columns: readonly C[], rows: ReadonlyArray<Partial<Record<C, unknown>>>) {
  const params: Record<string, unknown> = {};
  rows.forEach((row, i) => {
    for (const c of columns) params[`${c}${i}`] = row[c] ?? null;
  });
  return params;
}

// Full batches go through statements compiled once; only the last, shorter batch of each table is
// built as a statement of its own.
const insertCustomers = preparedInTransaction("generate_customers", (tx, t) =>
  tx.insert(t.customers).values(placeholderRows(CUSTOMER_COLUMNS)).returning({ id: t.customers.id }),
);
const insertCars = preparedInTransaction("generate_cars", (tx, t) =>
  tx.insert(t.cars).values(placeholderRows(CAR_COLUMNS)),
);
const insertInvoices = preparedInTransaction("generate_invoices", (tx, t) =>
  tx.insert(t.invoices).values(placeholderRows(INVOICE_COLUMNS)),
);

/**
 * Inserts `count` customers (each with 1–3 cars and 1–4 invoices) in one transaction, a few hundred
 * rows per statement: 100,000 customers take seconds, not minutes.
 */
export async function generateCustomers(
  data: Database,
  facilityId: number,
  count: number,
  opts: { seed?: number; now: Date; emailDomain?: string; withoutEmailEvery?: number; invoicePrefix?: string },
): Promise<GeneratedCustomer[]> {
  const { t } = data;
  const rng = seededRandom(opts.seed ?? 42);
  const nowMs = opts.now.getTime();
  const domain = opts.emailDomain ?? "example.com";
  const statuses = ["IN_STORAGE", "IN_STORAGE", "IN_STORAGE", "OUT", "IN_SERVICE", "IN_TRANSIT"] as const;

  return data.transaction(async (tx) => {
    const [existing] = await tx
      .select({ n: countRows() })
      .from(t.invoices)
      .where(new FacilityScope(facilityId).where(t.invoices));
    let invoiceNo = 1000 + (existing?.n ?? 0);
    const created: GeneratedCustomer[] = [];
    const cars: CarValues[] = [];
    const invoices: InvoiceValues[] = [];
    let carsWritten = 0;
    let invoicesWritten = 0;

    for (let start = 0; start < count; start += ROWS) {
      // Every value is drawn in the order one customer at a time would draw it, so a seed builds
      // the same data however the rows are batched; ids are filled in once the customers exist.
      const people: Array<{
        customer: CustomerValues;
        cars: Omit<CarValues, "customerId">[];
        invoices: Omit<InvoiceValues, "customerId">[];
      }> = [];
      for (let i = start; i < Math.min(count, start + ROWS); i++) {
        const first = rng.pick(FIRST);
        const last = rng.pick(LAST);
        const name = `${first} ${last}`;
        const hasEmail = !opts.withoutEmailEvery || i % opts.withoutEmailEvery !== opts.withoutEmailEvery - 1;
        const email = hasEmail ? `${first}.${last}${i > 0 ? i : ""}@${domain}`.toLowerCase() : null;
        const area = rng.pick(AREA_CODES);
        const line = rng.int(1000, 9999);
        const digits = `1${area}555${line}`;
        const address = `${rng.int(1, 999)} ${rng.pick(STREETS)}, Port Haven, ME 04${rng.int(100, 999)}`;
        const createdAt = new Date(nowMs - rng.int(30, 900) * 86_400_000);
        const customer = {
          facilityId,
          name,
          sortName: name.toLowerCase(),
          email,
          phone: `+${digits}`,
          phoneDigits: digits,
          address,
          paymentMethodConnected: rng.next() < 0.6,
          createdAt,
          updatedAt: createdAt,
        };
        const cars: Omit<CarValues, "customerId">[] = [];
        const carCount = rng.int(1, 3);
        for (let c = 0; c < carCount; c++) {
          const [year, make, model] = rng.pick(VEHICLES);
          const vin = Array.from({ length: 17 }, () => "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"[rng.int(0, 32)]).join("");
          cars.push({
            facilityId,
            year,
            make,
            model,
            vin,
            plate: `${rng.pick(["KX", "PT", "HB", "ME"])}${rng.int(1000, 9999)}`,
            color: rng.pick(COLOURS),
            status: rng.pick(statuses),
            location: `Building ${rng.pick(["A", "B", "C"])}, bay ${rng.int(1, 60)}`,
            createdAt,
          });
        }
        const invoices: Omit<InvoiceValues, "customerId">[] = [];
        const bills = rng.int(1, 4);
        for (let b = 0; b < bills; b++) {
          const issued = new Date(nowMs - (b * 30 + rng.int(0, 20)) * 86_400_000);
          const due = new Date(issued.getTime() + 30 * 86_400_000);
          const total = rng.int(150, 2400) * 100;
          const status = b === 0 && rng.next() < 0.5 ? "OPEN" : "PAID";
          invoices.push({
            facilityId,
            number: `${opts.invoicePrefix ?? "INV"}-${invoiceNo++}`,
            issuedOn: issued.toISOString().slice(0, 10),
            dueOn: due.toISOString().slice(0, 10),
            status,
            totalCents: total,
            balanceCents: status === "OPEN" ? total : 0,
            createdAt: issued,
          });
        }
        people.push({ customer, cars, invoices });
      }

      const customers = people.map((p) => p.customer);
      const inserted =
        customers.length === ROWS
          ? await insertCustomers(data, tx).execute(rowParams(CUSTOMER_COLUMNS, customers))
          : await tx.insert(t.customers).values(customers).returning({ id: t.customers.id });
      // One statement numbers its rows in the order of its VALUES: sorted ids pair with people.
      const ids = inserted.map((row) => row.id).sort((a, b) => a - b);
      people.forEach((person, k) => {
        const customerId = ids[k];
        if (customerId === undefined) throw new Error("A customer of the batch was not inserted");
        created.push({ id: customerId, name: person.customer.name, email: person.customer.email ?? null });
        for (const car of person.cars) cars.push({ ...car, customerId });
        for (const invoice of person.invoices) invoices.push({ ...invoice, customerId });
      });
      for (; cars.length - carsWritten >= ROWS; carsWritten += ROWS) {
        await insertCars(data, tx).execute(rowParams(CAR_COLUMNS, cars.slice(carsWritten, carsWritten + ROWS)));
      }
      for (; invoices.length - invoicesWritten >= ROWS; invoicesWritten += ROWS) {
        await insertInvoices(data, tx).execute(
          rowParams(INVOICE_COLUMNS, invoices.slice(invoicesWritten, invoicesWritten + ROWS)),
        );
      }
    }
    if (cars.length > carsWritten) await tx.insert(t.cars).values(cars.slice(carsWritten));
    if (invoices.length > invoicesWritten) await tx.insert(t.invoices).values(invoices.slice(invoicesWritten));
    return created;
  });
}
