import { describe, expect, it } from "vitest";
import { browserCountry, localSignUpErrors } from "./SignUpPage";

const filled = {
  facilityName: "Harbor Point",
  timeZone: "Europe/London",
  country: "GB",
  adminName: "Alex Morgan",
  adminEmail: "alex@harbor.test",
  password: "lantern orchard velvet",
  confirm: "lantern orchard velvet",
};

describe("the sign-up form's own checks", () => {
  it("passes a filled form and names each missing or wrong field", () => {
    expect(localSignUpErrors(filled)).toEqual({});
    expect(
      localSignUpErrors({
        ...filled,
        facilityName: " ",
        adminName: "",
        adminEmail: "nope",
        password: "short",
        confirm: "short",
      }),
    ).toEqual({
      facilityName: "Enter your facility's name",
      adminName: "Enter your name",
      adminEmail: expect.stringContaining("valid email"),
      password: "Use at least 8 characters",
    });
    expect(localSignUpErrors({ ...filled, confirm: "something else" })).toEqual({
      confirm: "The two passwords are different",
    });
    expect(localSignUpErrors({ ...filled, facilityName: "x".repeat(121) }).facilityName).toMatch(/at most 120/);
  });

  it("prefills the country from the browser's language, else the US", () => {
    expect(browserCountry(["en-GB", "en"])).toBe("GB");
    expect(browserCountry(["de", "fr-ch"])).toBe("CH");
    expect(browserCountry(["en"])).toBe("US");
  });
});
