import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.js";

describe("configuration", () => {
  it("has working defaults for a laptop", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 4000,
      publicUrl: "http://localhost:4000",
      postmark: { serverToken: undefined, apiUrl: "https://api.postmarkapp.com" },
    });
    expect(config.databaseUrl).toMatch(/data[/\\]portico\.sqlite$/);
  });

  it("listens only on this machine outside production, on every interface in production", () => {
    expect(loadConfig({}).host).toBe("127.0.0.1");
    expect(loadConfig({ NODE_ENV: "development" }).host).toBe("127.0.0.1");
    expect(loadConfig({ NODE_ENV: "test" }).host).toBe("127.0.0.1");
    expect(loadConfig({ NODE_ENV: "production" }).host).toBe("0.0.0.0");
    expect(loadConfig({ HOST: "0.0.0.0" }).host).toBe("0.0.0.0");
    expect(loadConfig({ NODE_ENV: "production", HOST: "10.0.0.5" }).host).toBe("10.0.0.5");
  });

  it("takes a demo password of at least 8 characters", () => {
    expect(loadConfig({ DEMO_ADMIN_PASSWORD: "harbor-night-shift-42" }).demoAdminPassword).toBe(
      "harbor-night-shift-42",
    );
    expect(loadConfig({}).demoAdminPassword).toBeUndefined();
    expect(() => loadConfig({ DEMO_ADMIN_PASSWORD: "short" })).toThrow(/DEMO_ADMIN_PASSWORD must have at least 8/);
  });

  it("reads the documented variables", () => {
    const config = loadConfig({
      PORT: "8080",
      DATABASE_URL: "/var/lib/portico/db.sqlite",
      PUBLIC_URL: "https://portal.example.com/",
      POSTMARK_SERVER_TOKEN: "token",
      POSTMARK_API_URL: "http://127.0.0.1:9999",
    });
    expect(config).toMatchObject({
      port: 8080,
      databaseUrl: "/var/lib/portico/db.sqlite",
      publicUrl: "https://portal.example.com",
      postmark: { serverToken: "token", apiUrl: "http://127.0.0.1:9999" },
    });
  });

  it("takes the leases of the email outbox and of bulk invites in seconds, a minute by default", () => {
    expect(loadConfig({})).toMatchObject({ emailLeaseSeconds: 60, bulkInviteLeaseSeconds: 60 });
    expect(loadConfig({ EMAIL_LEASE_SECONDS: "90", BULK_INVITE_LEASE_SECONDS: "30" })).toMatchObject({
      emailLeaseSeconds: 90,
      bulkInviteLeaseSeconds: 30,
    });
    // A claim that lasts no time at all would let every server send the same email.
    expect(() => loadConfig({ EMAIL_LEASE_SECONDS: "0" })).toThrow(/EMAIL_LEASE_SECONDS/);
  });

  it("stops with a readable message naming every bad variable", () => {
    expect(() => loadConfig({ PORT: "eighty", PUBLIC_URL: "portal.example.com" })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: "eighty", PUBLIC_URL: "portal.example.com" });
    } catch (error) {
      expect((error as Error).message).toContain("PORT");
      expect((error as Error).message).toContain("PUBLIC_URL must be an absolute URL");
    }
  });
});
