import type { Db } from "../client.js";

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

/**
 * Inserts `count` customers (each with 1–3 cars and 1–4 invoices) in chunks of one transaction
 * each, through prepared statements: 100,000 customers take seconds, not minutes.
 */
export function generateCustomers(
  db: Db,
  facilityId: number,
  count: number,
  opts: { seed?: number; now: Date; emailDomain?: string; withoutEmailEvery?: number; invoicePrefix?: string },
): GeneratedCustomer[] {
  const rng = seededRandom(opts.seed ?? 42);
  const sqlite = db.$client;
  const insertCustomer = sqlite.prepare(
    `INSERT INTO customers (facility_id, name, sort_name, email, phone, phone_digits, address, payment_method_connected, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertCar = sqlite.prepare(
    `INSERT INTO cars (facility_id, customer_id, year, make, model, vin, plate, color, status, location, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertInvoice = sqlite.prepare(
    `INSERT INTO invoices (facility_id, customer_id, number, issued_on, due_on, status, total_cents, balance_cents, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const nextInvoice = (
    sqlite.prepare("SELECT count(*) AS n FROM invoices WHERE facility_id = ?").get(facilityId) as { n: number }
  ).n;
  let invoiceNo = 1000 + nextInvoice;
  const created: GeneratedCustomer[] = [];
  const nowMs = opts.now.getTime();
  const domain = opts.emailDomain ?? "example.com";
  const statuses = ["IN_STORAGE", "IN_STORAGE", "IN_STORAGE", "OUT", "IN_SERVICE", "IN_TRANSIT"];
  const chunk = 2000;

  for (let start = 0; start < count; start += chunk) {
    sqlite
      .transaction(() => {
        for (let i = start; i < Math.min(count, start + chunk); i++) {
          const first = rng.pick(FIRST);
          const last = rng.pick(LAST);
          const name = `${first} ${last}`;
          const hasEmail = !opts.withoutEmailEvery || i % opts.withoutEmailEvery !== opts.withoutEmailEvery - 1;
          const email = hasEmail ? `${first}.${last}${i > 0 ? i : ""}@${domain}`.toLowerCase() : null;
          const area = rng.pick(AREA_CODES);
          const line = rng.int(1000, 9999);
          const digits = `1${area}555${line}`;
          const phone = `+${digits}`;
          const address = `${rng.int(1, 999)} ${rng.pick(STREETS)}, Port Haven, ME 04${rng.int(100, 999)}`;
          const createdAt = nowMs - rng.int(30, 900) * 86_400_000;
          const result = insertCustomer.run(
            facilityId,
            name,
            name.toLowerCase(),
            email,
            phone,
            digits,
            address,
            rng.next() < 0.6 ? 1 : 0,
            createdAt,
            createdAt,
          );
          const customerId = Number(result.lastInsertRowid);
          created.push({ id: customerId, name, email });
          const cars = rng.int(1, 3);
          for (let c = 0; c < cars; c++) {
            const [year, make, model] = rng.pick(VEHICLES);
            const vin = Array.from({ length: 17 }, () => "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"[rng.int(0, 32)]).join("");
            insertCar.run(
              facilityId,
              customerId,
              year,
              make,
              model,
              vin,
              `${rng.pick(["KX", "PT", "HB", "ME"])}${rng.int(1000, 9999)}`,
              rng.pick(COLOURS),
              rng.pick(statuses),
              `Building ${rng.pick(["A", "B", "C"])}, bay ${rng.int(1, 60)}`,
              createdAt,
            );
          }
          const bills = rng.int(1, 4);
          for (let b = 0; b < bills; b++) {
            const issued = new Date(nowMs - (b * 30 + rng.int(0, 20)) * 86_400_000);
            const due = new Date(issued.getTime() + 30 * 86_400_000);
            const total = rng.int(150, 2400) * 100;
            const status = b === 0 && rng.next() < 0.5 ? "OPEN" : "PAID";
            insertInvoice.run(
              facilityId,
              customerId,
              `${opts.invoicePrefix ?? "INV"}-${invoiceNo++}`,
              issued.toISOString().slice(0, 10),
              due.toISOString().slice(0, 10),
              status,
              total,
              status === "OPEN" ? total : 0,
              issued.getTime(),
            );
          }
        }
      })
      .immediate();
  }
  return created;
}
