// The SQLite tables under their historical import path; code outside db/ that still uses the
// synchronous client imports them from here until it moves to the Database object.
export * from "./schema.sqlite.js";
