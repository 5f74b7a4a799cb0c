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

  it("runs everything in one process unless ROLE splits the API from the background work", () => {
    expect(loadConfig({}).role).toBe("all");
    expect(loadConfig({ ROLE: "web" }).role).toBe("web");
    expect(loadConfig({ ROLE: "worker", EMAIL_WORKER: "off" })).toMatchObject({ role: "worker", emailWorker: false });
    expect(() => loadConfig({ ROLE: "api" })).toThrow(/ROLE must be all, web or worker/);
  });

  it("believes forwarded addresses from this machine's proxies only, unless TRUST_PROXY names others", () => {
    expect(loadConfig({}).trustProxy).toEqual(["loopback"]);
    expect(loadConfig({ TRUST_PROXY: "1" }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: "loopback, 10.0.0.0/8,fd00::/8 , 192.0.2.10" }).trustProxy).toEqual([
      "loopback",
      "10.0.0.0/8",
      "fd00::/8",
      "192.0.2.10",
    ]);
    // Trusting every hop would let any client name its own address past the per-IP limits.
    for (const bad of ["true", "*", "10.0.0.0/33", "10.0.0.0/8/1", "proxy.internal", ""]) {
      expect(() => loadConfig({ TRUST_PROXY: bad }), bad).toThrow(/TRUST_PROXY must be a hop count/);
    }
  });
});
