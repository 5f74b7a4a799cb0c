import { describe, expect, it } from "vitest";
import { boundedClient, deviceLabel, deviceOf, MAX_USER_AGENT, placeOfIp } from "./client-device.js";

const CHROME_MAC =
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const SAFARI_IPHONE =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";

describe("a session's client", () => {
  it("names the browser and its system as people do", () => {
    expect(deviceLabel(deviceOf(CHROME_MAC))).toBe("Chrome on macOS");
    expect(deviceLabel(deviceOf(SAFARI_IPHONE))).toBe("Safari on iOS");
    expect(deviceLabel(deviceOf(""))).toBe("Unknown browser");
  });

  it("keeps a bounded User-Agent", () => {
    expect(boundedClient({ userAgent: "x".repeat(5000), ip: "1.2.3.4" }).userAgent).toHaveLength(MAX_USER_AGENT);
  });

  it("places a public IPv4 address in its country, and nothing else", () => {
    expect(placeOfIp("8.8.8.8")).toBe("United States");
    expect(placeOfIp("::ffff:8.8.8.8")).toBe("United States");
    expect(placeOfIp("127.0.0.1")).toBeNull();
    expect(placeOfIp("10.1.2.3")).toBeNull();
    expect(placeOfIp("::1")).toBeNull();
    expect(placeOfIp("999.1.1.1")).toBeNull();
    expect(placeOfIp("")).toBeNull();
  });
});
