import { describe, expect, it } from "vitest";
import { firstNameOf, greetingFor } from "./greeting";

const at = (hour: number) => new Date(2026, 2, 2, hour, 30);

describe("greetingFor", () => {
  it("follows the local time of day", () => {
    expect(greetingFor(at(7))).toBe("Good morning");
    expect(greetingFor(at(12))).toBe("Good afternoon");
    expect(greetingFor(at(19))).toBe("Good evening");
    expect(greetingFor(at(2))).toBe("Good evening");
  });
});

describe("firstNameOf", () => {
  it("takes the first word of a name", () => {
    expect(firstNameOf("  Jane  Whitaker ")).toBe("Jane");
    expect(firstNameOf("Cher")).toBe("Cher");
  });
});
