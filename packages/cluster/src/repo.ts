import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository's root: this file is packages/cluster/src/repo.ts. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
