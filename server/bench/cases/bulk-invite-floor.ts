// The floor of a bulk invite, run by bench/cases/bulk-invite.ts in a process of its own: what any
// program inviting N people must do at the least. Per person 32 random bytes and their SHA-256; one
// transaction inserting the N rows into a scratch table shaped like invitations; then the emails
// to the same stand-in Postmark in batches of 500, one call after another. Prints {"ms": …}.
import { createHash, randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import BetterSqlite3 from "better-sqlite3";
import pg from "pg";

type FloorArgs = {
  engine: "sqlite" | "pg";
  databaseUrl: string;
  postmarkUrl: string;
  token: string;
  people: number;
  /** The average body lengths of the emails Portico sent, so both send as many bytes. */
  htmlLength: number;
  textLength: number;
};

const BATCH = 500;
const SCRATCH = "bench_floor_invitations";
// The columns an invitation needs: who, to where, by whom, the token's hash, when.
const COLUMNS = `id INTEGER PRIMARY KEY, facility_id INTEGER NOT NULL, customer_id INTEGER NOT NULL,
  email TEXT NOT NULL, token_hash TEXT NOT NULL, invited_by_staff_id INTEGER NOT NULL,
  state TEXT NOT NULL, expires_at BIGINT NOT NULL, created_at BIGINT NOT NULL`;

const args = JSON.parse(process.argv[2] ?? "{}") as FloorArgs;

type Person = { customerId: number; email: string; token: string; tokenHash: string };

async function insertSqlite(people: Person[], now: number): Promise<() => void> {
  const db = new BetterSqlite3(args.databaseUrl);
  db.pragma("journal_mode = WAL");
  db.pragma("busy_timeout = 5000");
  db.exec(`DROP TABLE IF EXISTS ${SCRATCH}; CREATE TABLE ${SCRATCH} (${COLUMNS})`);
  const insert = db.prepare(
    `INSERT INTO ${SCRATCH} (facility_id, customer_id, email, token_hash, invited_by_staff_id, state, expires_at, created_at)
     VALUES (1, ?, ?, ?, 1, 'PENDING', ?, ?)`,
  );
  return () => {
    db.transaction(() => {
      for (const p of people) insert.run(p.customerId, p.email, p.tokenHash, now + 7 * 86_400_000, now);
    })();
    db.exec(`DROP TABLE ${SCRATCH}`);
    db.close();
  };
}

async function insertPostgres(people: Person[], now: number): Promise<() => Promise<void>> {
  const client = new pg.Client({ connectionString: args.databaseUrl });
  await client.connect();
  await client.query(`DROP TABLE IF EXISTS ${SCRATCH}`);
  await client.query(`CREATE TABLE ${SCRATCH} (${COLUMNS.replace("id INTEGER PRIMARY KEY", "id serial PRIMARY KEY")})`);
  return async () => {
    await client.query("BEGIN");
    await client.query(
      `INSERT INTO ${SCRATCH} (facility_id, customer_id, email, token_hash, invited_by_staff_id, state, expires_at, created_at)
       SELECT 1, c, e, h, 1, 'PENDING', $4, $5 FROM unnest($1::int[], $2::text[], $3::text[]) AS p(c, e, h)`,
      [
        people.map((p) => p.customerId),
        people.map((p) => p.email),
        people.map((p) => p.tokenHash),
        now + 7 * 86_400_000,
        now,
      ],
    );
    await client.query("COMMIT");
    await client.query(`DROP TABLE ${SCRATCH}`);
    await client.end();
  };
}

const html = "x".repeat(args.htmlLength);
const text = "x".repeat(args.textLength);
const emails = Array.from({ length: args.people }, (_, i) => `floor-${i}@floor.example.com`);
const now = Date.now();

// Connecting and creating the scratch table are set-up, not part of an invite.
const started = performance.now();
const people: Person[] = emails.map((email, i) => {
  const token = randomBytes(32).toString("base64url");
  return { customerId: i + 1, email, token, tokenHash: createHash("sha256").update(token).digest("hex") };
});
const setupStarted = performance.now();
const write = args.engine === "pg" ? await insertPostgres(people, now) : await insertSqlite(people, now);
const setupMs = performance.now() - setupStarted;
await write();
for (let start = 0; start < people.length; start += BATCH) {
  const res = await fetch(`${args.postmarkUrl}/email/batch`, {
    method: "POST",
    headers: {
      accept: "application/json",
      "content-type": "application/json",
      "x-postmark-server-token": args.token,
    },
    body: JSON.stringify(
      people.slice(start, start + BATCH).map((p) => ({
        From: "Portico <no-reply@portico.test>",
        To: p.email,
        Subject: "You're invited",
        HtmlBody: html.replace("x", p.token),
        TextBody: text.replace("x", p.token),
        MessageStream: "outbound",
      })),
    ),
  });
  if (!res.ok) throw new Error(`Postmark answered ${res.status}`);
  await res.arrayBuffer();
}
console.log(JSON.stringify({ ms: performance.now() - started - setupMs }));
