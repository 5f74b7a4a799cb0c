// tsc compiles only TypeScript; the SQL migrations ship beside the built code.
import { cpSync } from "node:fs";

cpSync("src/db/migrations", "dist/db/migrations", { recursive: true });
cpSync("src/db/migrations-pg", "dist/db/migrations-pg", { recursive: true });
