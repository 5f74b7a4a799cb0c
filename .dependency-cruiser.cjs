// The layers of docs/architecture.md, checked on every import. `pnpm lint:layers` fails on any
// violation that is not in .dependency-cruiser-known-violations.json; that file only shrinks
// (`pnpm lint:layers:baseline` after a fix rewrites it).

// Tests and test helpers may import anything: they build whole graphs from every layer.
const TESTS = [
  "\\.test\\.tsx?$",
  "^server/test/",
  "^(staff-web|portal-web)/src/(test/|test-utils\\.tsx$|test-setup\\.ts$)",
  "/test-fixtures\\.ts$",
];

const SERVER = "^server/src/";
// The foundation: pure helpers and the parsed environment.
const FOUNDATION = `${SERVER}(lib/|config\\.ts$)`;
// The process entries and tools that wire every layer together; the seed builds data through
// the modules' services like a client would, as do the operator's commands.
const ENTRIES = `${SERVER}((app|server|main)\\.ts$|db/seed/|commands/)`;
// The GraphQL and HTTP edges. Resolvers, object types and inputs live beside their module but
// belong to the GraphQL edge.
const EDGE_FILES = "\\.(resolver|type|inputs)\\.ts$";
const EDGES = `${SERVER}(graphql/|http/|modules/.+${EDGE_FILES})`;

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      comment: "A cycle makes two files one unit that neither can change, load or test alone.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    {
      name: "no-test-helpers-in-code",
      comment: "Test fixtures and helpers stay out of the code that ships.",
      severity: "error",
      from: { pathNot: TESTS },
      to: { path: TESTS },
    },

    // ---- server: lib → db → (email beside) modules → graphql / http → app.ts, server.ts, main.ts
    {
      name: "server-lib-imports-nothing-above",
      comment: "lib/ and config.ts are the foundation: pure helpers that know no database, module or edge.",
      severity: "error",
      from: { path: FOUNDATION, pathNot: TESTS },
      to: { path: SERVER, pathNot: FOUNDATION },
    },
    {
      name: "server-db-imports-only-lib",
      comment: "The data layer (db/) knows the foundation and itself, never a module, email or an edge.",
      severity: "error",
      from: { path: `${SERVER}db/`, pathNot: [...TESTS, ENTRIES] },
      to: { path: SERVER, pathNot: [FOUNDATION, `${SERVER}db/`] },
    },
    {
      name: "server-email-imports-only-db-and-lib",
      comment:
        "email/ is infrastructure beside the modules (outbox, worker, transports, templates): it knows the data layer and the foundation, not the modules that use it.",
      severity: "error",
      from: { path: `${SERVER}email/`, pathNot: TESTS },
      to: { path: SERVER, pathNot: [FOUNDATION, `${SERVER}db/`, `${SERVER}email/`] },
    },
    {
      name: "server-modules-use-email-through-outbox",
      comment:
        "A module sends mail by rendering a template and putting it in the outbox; the worker and the transports are wired by the entries.",
      severity: "error",
      from: { path: `${SERVER}modules/`, pathNot: TESTS },
      to: { path: `${SERVER}email/`, pathNot: `${SERVER}email/(outbox\\.ts$|templates/)` },
    },
    {
      name: "server-service-imports-graphql",
      comment:
        "A service (any module file that is not a resolver, object type or input) holds rules and data access: no GraphQL, no HTTP. Errors and the viewer come in as plain values from below.",
      severity: "error",
      from: { path: `${SERVER}modules/`, pathNot: [...TESTS, EDGE_FILES] },
      to: { path: EDGES },
    },
    {
      name: "server-import-runs-up-to-entries",
      comment: "Only the entries wire the app together; nothing below imports them.",
      severity: "error",
      from: { path: SERVER, pathNot: [...TESTS, ENTRIES] },
      to: { path: ENTRIES },
    },
    {
      name: "server-module-internals",
      comment: "A service uses another module only through that module's *.service.ts: its public functions.",
      severity: "error",
      from: { path: `${SERVER}modules/([^/]+)/`, pathNot: [...TESTS, EDGE_FILES] },
      // modules/service-deps.ts is the vocabulary every service shares, not a module.
      to: {
        path: `${SERVER}modules/`,
        pathNot: [`${SERVER}modules/$1/`, "\\.service\\.ts$", `${SERVER}modules/service-deps\\.ts$`],
      },
    },
    {
      name: "server-edge-module-internals",
      comment:
        "A resolver, object type or input of one module uses another module only through its *.service.ts and its GraphQL types (*.type.ts, *.inputs.ts: the schema refers to them across modules), never its resolvers or inner files.",
      severity: "error",
      from: { path: `${SERVER}modules/([^/]+)/.+${EDGE_FILES}`, pathNot: TESTS },
      to: { path: `${SERVER}modules/`, pathNot: [`${SERVER}modules/$1/`, "\\.(service|type|inputs)\\.ts$"] },
    },

    // ---- both SPAs: app/ → features/<f> → components/, lib/
    {
      name: "spa-import-runs-up-to-app",
      comment: "app/ (providers, router, route pages) composes the features; nothing below it imports app/.",
      severity: "error",
      from: { path: "^(staff-web|portal-web)/src/(features|components|lib)/", pathNot: TESTS },
      to: { path: "^$1/src/app/" },
    },
    {
      name: "spa-shared-imports-feature",
      comment:
        "components/ (the shell and shared UI) and lib/ know no feature: the shell gets what it needs through props or lib/.",
      severity: "error",
      from: { path: "^(staff-web|portal-web)/src/(components|lib)/", pathNot: TESTS },
      to: { path: "^$1/src/features/" },
    },
    {
      name: "spa-feature-internals",
      comment:
        "A feature's public surface is its api/ folder (one operation and its hook per file) and the files at its root; its components/ are its own.",
      severity: "error",
      from: { path: "^(staff-web|portal-web)/src/features/([^/]+)/", pathNot: TESTS },
      to: {
        path: "^$1/src/features/[^/]+/[^/]+/",
        pathNot: ["^$1/src/features/$2/", "^$1/src/features/[^/]+/api/"],
      },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    // Generated GraphQL types, built output and the shared workspace packages are not ours to layer.
    exclude: { path: ["(^|/)node_modules/", "(^|/)dist/", "^(staff-web|portal-web)/src/gql/"] },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".json"] },
    cache: false,
  },
};
