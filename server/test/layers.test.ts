import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { cruise, type IConfiguration } from "dependency-cruiser";
import { afterEach, describe, expect, it } from "vitest";

// The rules of docs/architecture.md, run on small trees written for each case: a rule whose paths
// stopped matching the code would let everything through while the baseline stayed green.
const config: IConfiguration = createRequire(import.meta.url)("../../.dependency-cruiser.cjs");

let tree: string | undefined;

afterEach(() => {
  if (tree) rmSync(tree, { recursive: true, force: true });
  tree = undefined;
});

async function violations(files: Record<string, string>): Promise<string[]> {
  tree = mkdtempSync(path.join(os.tmpdir(), "portico-layers-"));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(tree, file)), { recursive: true });
    writeFileSync(path.join(tree, file), text);
  }
  const roots = [...new Set(Object.keys(files).map((file) => file.split("/")[0] as string))];
  const result = await cruise(roots, {
    ...config.options,
    baseDir: tree,
    validate: true,
    ruleSet: { forbidden: config.forbidden },
  });
  if (typeof result.output === "string") throw new Error("expected a cruise result");
  return result.output.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();
}

describe("the server's layers", () => {
  it("refuses a helper in lib/ that imports the GraphQL edge", async () => {
    expect(
      await violations({
        "server/src/lib/text.ts": 'import { badInput } from "../graphql/errors.js";\nexport const x = badInput;\n',
        "server/src/graphql/errors.ts": "export const badInput = 1;\n",
      }),
    ).toEqual(["server-lib-imports-nothing-above: server/src/lib/text.ts → server/src/graphql/errors.ts"]);
  });

  it("refuses a service that imports GraphQL, and one that reaches into another module's inner file", async () => {
    expect(
      await violations({
        "server/src/modules/cars/car.service.ts": [
          'import { Role } from "../../graphql/auth.js";',
          'import { notify } from "../notifications/notify.js";',
          'import { getFacility } from "../facilities/facility.service.js";',
          "export const x = [Role, notify, getFacility];",
        ].join("\n"),
        "server/src/graphql/auth.ts": "export const Role = 1;\n",
        "server/src/modules/notifications/notify.ts": "export const notify = 1;\n",
        "server/src/modules/facilities/facility.service.ts": "export const getFacility = 1;\n",
      }),
    ).toEqual([
      "server-module-internals: server/src/modules/cars/car.service.ts → server/src/modules/notifications/notify.ts",
      "server-service-imports-graphql: server/src/modules/cars/car.service.ts → server/src/graphql/auth.ts",
    ]);
  });

  it("lets a resolver use its own module, another module's service and object type, and graphql/", async () => {
    expect(
      await violations({
        "server/src/modules/cars/car.resolver.ts": [
          'import { requireStaff } from "../../graphql/context.js";',
          'import { Customer } from "../customers/customer.type.js";',
          'import { getCustomer } from "../customers/customer.service.js";',
          'import { listCars } from "./car.service.js";',
          "export const x = [requireStaff, Customer, getCustomer, listCars];",
        ].join("\n"),
        "server/src/graphql/context.ts": "export const requireStaff = 1;\n",
        "server/src/modules/customers/customer.type.ts": "export const Customer = 1;\n",
        "server/src/modules/customers/customer.service.ts": "export const getCustomer = 1;\n",
        "server/src/modules/cars/car.service.ts": "export const listCars = 1;\n",
      }),
    ).toEqual([]);
  });

  it("refuses a cycle, even through type-only imports", async () => {
    const found = await violations({
      "server/src/email/a.ts": 'import type { B } from "./b.js";\nexport type A = B;\n',
      "server/src/email/b.ts": 'import type { A } from "./a.js";\nexport type B = A | 1;\n',
    });
    // One report per cycle, from whichever of its files the cruise reached first.
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^no-circular: server\/src\/email\/[ab]\.ts → server\/src\/email\/[ab]\.ts$/);
  });

  it("lets a test import from every layer", async () => {
    expect(
      await violations({
        "server/src/lib/text.test.ts": 'import { app } from "../app.js";\nexport const x = app;\n',
        "server/src/app.ts": "export const app = 1;\n",
      }),
    ).toEqual([]);
  });
});

describe("the web apps' layers", () => {
  it("refuses a feature importing app/ or another feature's components, and lets it use that feature's api/", async () => {
    expect(
      await violations({
        "portal-web/src/features/home/HomePage.tsx": [
          'import { router } from "../../app/router";',
          'import { CarList } from "../cars/components/CarList";',
          'import { usePortalCars } from "../cars/api/portal-cars";',
          "export const x = [router, CarList, usePortalCars];",
        ].join("\n"),
        "portal-web/src/app/router.tsx": "export const router = 1;\n",
        "portal-web/src/features/cars/components/CarList.tsx": "export const CarList = 1;\n",
        "portal-web/src/features/cars/api/portal-cars.ts": "export const usePortalCars = 1;\n",
      }),
    ).toEqual([
      "spa-feature-internals: portal-web/src/features/home/HomePage.tsx → portal-web/src/features/cars/components/CarList.tsx",
      "spa-import-runs-up-to-app: portal-web/src/features/home/HomePage.tsx → portal-web/src/app/router.tsx",
    ]);
  });

  it("refuses the shell importing a feature", async () => {
    expect(
      await violations({
        "staff-web/src/components/AppLayout.tsx":
          'import { useViewer } from "../features/auth/api/staff-viewer";\nexport const x = useViewer;\n',
        "staff-web/src/features/auth/api/staff-viewer.ts": "export const useViewer = 1;\n",
      }),
    ).toEqual([
      "spa-shared-imports-feature: staff-web/src/components/AppLayout.tsx → staff-web/src/features/auth/api/staff-viewer.ts",
    ]);
  });
});
