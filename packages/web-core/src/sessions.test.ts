import { describe, expect, it } from "vitest";
import { deviceName, signInMethodLabel, whereFrom } from "./sessions";

describe("session lines", () => {
  it("name the device from what the server could tell", () => {
    expect(deviceName({ browser: "Chrome", system: "macOS" })).toBe("Chrome on macOS");
    expect(deviceName({ browser: "Safari", system: "" })).toBe("Safari");
    expect(deviceName({ browser: "", system: "" })).toBe("Unknown browser");
  });

  it("say where from: the country, else the address", () => {
    expect(whereFrom({ browser: "", system: "", place: "Germany", ip: "5.1.2.3" })).toBe("Germany");
    expect(whereFrom({ browser: "", system: "", place: null, ip: "10.0.0.7" })).toBe("10.0.0.7");
    expect(whereFrom({ browser: "", system: "", place: null, ip: null })).toBeNull();
  });

  it("say how a sign-in happened, and name kinds added later", () => {
    expect(signInMethodLabel("CODE")).toBe("emailed code");
    expect(signInMethodLabel("PASSKEY_LOGIN")).toBe("passkey login");
    expect(signInMethodLabel(null)).toBeNull();
  });
});
