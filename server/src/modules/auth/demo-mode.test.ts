import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCustomer, createFacility } from "../../../test/factories.js";
import { countRows, startTestApp, type TestApp } from "../../../test/harness.js";
import { ConfigError, loadConfig } from "../../config.js";
import { DEMO_FACILITY, seedDemoAtStart } from "../../db/seed/demo.js";
import { createLogger } from "../../lib/logger.js";

const logger = createLogger("silent");

async function shown(app: TestApp) {
  const data = await app
    .client()
    .ok<{ demoCredentials: unknown; portalDemoSignIn: unknown }>(
      `{ demoCredentials { email password } portalDemoSignIn { email } }`,
    );
  return { credentials: data.demoCredentials, portalHint: data.portalDemoSignIn };
}

describe("demo mode is explicit", () => {
  describe("on an empty database seeded at start", () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await startTestApp();
      expect(await seedDemoAtStart(app, app.config, { clock: app.clock, logger })).toBe(true);
    });
    afterAll(() => app.close());

    it("shows the demo credentials and the showcase customer", async () => {
      expect(await shown(app)).toEqual({
        credentials: { email: "admin@portico.test", password: "portico-demo" },
        portalHint: { email: "eleanor@example.com" },
      });
    });

    it("shows nothing in production, even on the demo's own database", async () => {
      app.config.env = "production";
      try {
        expect(await shown(app)).toEqual({ credentials: null, portalHint: null });
      } finally {
        app.config.env = "test";
      }
    });

    it("a second start with --seed-demo keeps the demo's database as it is, demo mode on", async () => {
      const facilities = await countRows(app, "facilities");
      expect(await seedDemoAtStart(app, app.config, { clock: app.clock, logger })).toBe(true);
      expect(await countRows(app, "facilities")).toBe(facilities);
      expect((await shown(app)).credentials).not.toBeNull();
    });
  });

  it("--seed-demo on a database with data of its own seeds nothing and leaves demo mode off", async () => {
    const app = await startTestApp({ DEMO_MODE: "true" });
    try {
      const facility = await createFacility(app, { name: "Real Marina" });
      await createCustomer(app, facility.id, { name: "Real Customer", email: "real@example.com" });
      expect(await seedDemoAtStart(app, app.config, { clock: app.clock, logger })).toBe(false);
      expect(await countRows(app, "facilities", "slug = ?", DEMO_FACILITY.slug)).toBe(0);
      expect(await countRows(app, "staff_users", "email = ?", "admin@portico.test")).toBe(0);
      expect(await countRows(app, "database_facts")).toBe(0);
      // Asked for by DEMO_MODE as well: still nothing, the database is not the demo's.
      app.config.demoMode = true;
      expect(await shown(app)).toEqual({ credentials: null, portalHint: null });
    } finally {
      await app.close();
    }
  });

  it("a production server started with --seed-demo gets the data with its own password, never demo mode or the mailbox", async () => {
    const app = await startTestApp({ NODE_ENV: "production", DEMO_ADMIN_PASSWORD: "harbor-night-shift-42" });
    try {
      expect(await seedDemoAtStart(app, app.config, { clock: app.clock, logger })).toBe(false);
      expect(app.config.demoMode).toBe(false);
      expect(await countRows(app, "staff_users", "email = ?", "admin@portico.test")).toBe(1);
      expect(await shown(app)).toEqual({ credentials: null, portalHint: null });
      expect((await app.client().get("/dev/mailbox")).status).toBe(404);
      const SIGN_IN = `mutation($e: String!, $p: String!) { staffSignIn(email: $e, password: $p) { id } }`;
      const withDefault = await app.client().gql(SIGN_IN, { e: "admin@portico.test", p: "portico-demo" });
      expect(withDefault.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      await app.client().ok(SIGN_IN, { e: "admin@portico.test", p: "harbor-night-shift-42" });
    } finally {
      await app.close();
    }
  });

  it("refuses --seed-demo in production without DEMO_ADMIN_PASSWORD, before seeding anything", async () => {
    const app = await startTestApp({ NODE_ENV: "production" });
    try {
      const start = seedDemoAtStart(app, app.config, { clock: app.clock, logger });
      await expect(start).rejects.toThrow(ConfigError);
      await expect(start).rejects.toThrow(/DEMO_ADMIN_PASSWORD: --seed-demo in production needs a password/);
      expect(await countRows(app, "staff_users")).toBe(0);
      expect(await countRows(app, "facilities")).toBe(0);
    } finally {
      await app.close();
    }
  });

  it("outside production, --seed-demo keeps the shown default unless a password is given", async () => {
    const app = await startTestApp({ DEMO_ADMIN_PASSWORD: "harbor-night-shift-42" });
    try {
      expect(await seedDemoAtStart(app, app.config, { clock: app.clock, logger })).toBe(true);
      expect(await shown(app)).toMatchObject({
        credentials: { email: "admin@portico.test", password: "harbor-night-shift-42" },
      });
      await app.client().ok(`mutation($e: String!, $p: String!) { staffSignIn(email: $e, password: $p) { id } }`, {
        e: "admin@portico.test",
        p: "harbor-night-shift-42",
      });
    } finally {
      await app.close();
    }
  });

  it("refuses DEMO_MODE in production at start", () => {
    expect(() => loadConfig({ NODE_ENV: "production", DEMO_MODE: "true" })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: "production", DEMO_MODE: "true" })).toThrow(/never on in production/);
    expect(loadConfig({ NODE_ENV: "development", DEMO_MODE: "true" }).demoMode).toBe(true);
  });
});
