import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { printPorticoSchema } from "./schema.js";

const target = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../schema/schema.graphql");
fs.writeFileSync(target, printPorticoSchema());
console.log(`wrote ${path.relative(process.cwd(), target)}`);
