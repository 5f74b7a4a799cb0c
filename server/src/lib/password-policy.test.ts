import { describe, expect, it } from "vitest";
import { passwordProblem } from "./password-policy.js";

describe("passwordProblem", () => {
  it.each([
    ["short", "Use at least 8 characters"],
    ["password1", "That password is too common. Try a few unrelated words together."],
    ["Qwerty123", "That password is too common. Try a few unrelated words together."],
    ["aaaaaaaaaa", "That password is too easy to guess"],
    ["x".repeat(257), "Use at most 256 characters"],
  ])("refuses %s", (password, message) => {
    expect(passwordProblem(password)).toBe(message);
  });

  it("refuses the person's own email", () => {
    expect(passwordProblem("ann@example.com", { email: "Ann@Example.com" })).toMatch(/email/);
  });

  it("accepts long passphrases, up to 256 characters", () => {
    expect(passwordProblem("boat shed lantern tuesday")).toBeNull();
    expect(passwordProblem(`${"correct horse battery staple ".repeat(8)}`.slice(0, 200))).toBeNull();
  });
});
