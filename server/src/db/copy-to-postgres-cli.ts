import path from "node:path";
import { parseArgs } from "node:util";
import { CopyRefused, copySqliteToPostgres, type TableCount, TargetNotEmpty } from "./copy-to-postgres.js";

// Usage (docs/moving-to-postgresql.md):
//   pnpm --filter server db:copy-to-postgres -- --from data/portico.sqlite --to postgres://…
//   node server/dist/db/copy-to-postgres-cli.js --from … --to …
// Exits 0 only when every table's rows were counted equal in both databases and committed.

const usage = "Usage: db:copy-to-postgres --from <SQLite file> --to postgres://user:password@host:port/database";

// pnpm hands a `--` separator on to the script; parseArgs would read everything after it as positionals.
const args = process.argv.slice(2).filter((arg, i) => !(i === 0 && arg === "--"));
const { values } = parseArgs({
  args,
  options: { from: { type: "string" }, to: { type: "string" }, help: { type: "boolean" } },
});
if (values.help || !values.from || !values.to) {
  console.log(usage);
  process.exit(values.help ? 0 : 1);
}
if (!/^postgres(ql)?:\/\//i.test(values.to)) {
  console.error(`--to must be a postgres:// URL\n${usage}`);
  process.exit(1);
}

// Through pnpm the script runs in server/; a relative path means where the command was typed.
const from = path.resolve(process.env.INIT_CWD ?? process.cwd(), values.from);
const shownTarget = values.to.replace(/(\/\/[^:/@]+:)[^@]*@/, "$1***@");

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]?.length ?? 0)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join("  ");
  console.log(`\n${line(header)}`);
  for (const row of rows) console.log(line(row));
}

function printCounts(counts: TableCount[]): void {
  printTable(
    ["table", "SQLite", "PostgreSQL", ""],
    counts.map((c) => [c.table, String(c.sqlite), String(c.postgres), c.sqlite === c.postgres ? "ok" : "DIFFERS"]),
  );
}

console.log(`Copying ${from} into ${shownTarget}`);
try {
  const result = await copySqliteToPostgres({
    from,
    to: values.to,
    onTable: (table, rows, ms) => console.log(`  ${table}: ${rows} rows in ${(ms / 1000).toFixed(1)} s`),
  });
  printCounts(result.counts);
  if (!result.ok) {
    console.error("\nThe row counts differ: nothing was committed, the PostgreSQL database is still empty.");
    process.exit(1);
  }
  console.log(
    `\nEvery table matches: ${result.rows} rows in ${result.counts.length} tables copied in ${(result.ms / 1000).toFixed(1)} s.`,
  );
} catch (error) {
  if (error instanceof TargetNotEmpty) {
    printTable(
      ["table", "rows in PostgreSQL"],
      error.occupied.map((t) => [t.table, String(t.rows)]),
    );
  }
  if (error instanceof CopyRefused) console.error(`\nNothing was copied. ${error.message}`);
  else console.error("\nThe copy failed and was rolled back:", error);
  process.exit(1);
}
