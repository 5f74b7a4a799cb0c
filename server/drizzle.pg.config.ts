import { defineConfig } from "drizzle-kit";

// The PostgreSQL migrations, generated from the pg schema into their own folder (the SQLite ones
// come from drizzle.config.ts). Both schemas describe the same tables (db/schema.test.ts).
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/db/schema.pg.ts",
  out: "./src/db/migrations-pg",
});
