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
