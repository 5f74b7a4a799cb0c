import { describe, expect, it } from "vitest";
import { compactDuration } from "./time";

const at = (iso: string) => new Date(iso);

describe("compactDuration", () => {
  it("shows hours and minutes inside a day", () => {
    expect(compactDuration(at("2026-03-02T09:00:00Z"), at("2026-03-02T12:12:30Z"))).toBe("3 h 12 m");
  });
  it("shows minutes alone under an hour", () => {
    expect(compactDuration(at("2026-03-02T09:00:00Z"), at("2026-03-02T09:45:00Z"))).toBe("45 m");
  });
  it("shows days and hours past a day", () => {
    expect(compactDuration(at("2026-03-02T09:00:00Z"), at("2026-03-04T13:20:00Z"))).toBe("2 d 4 h");
  });
  it("never shows zero", () => {
    expect(compactDuration(at("2026-03-02T09:00:00Z"), at("2026-03-02T09:00:20Z"))).toBe("under a minute");
  });
});
