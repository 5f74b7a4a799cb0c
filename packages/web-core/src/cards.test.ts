import { describe, expect, it } from "vitest";
import { describeCard } from "./cards";

describe("describeCard", () => {
  it("names Stripe's brands the way people say them", () => {
    expect(describeCard({ brand: "visa", last4: "4242" })).toBe("Visa ending 4242");
    expect(describeCard({ brand: "amex", last4: "0005" })).toBe("American Express ending 0005");
    expect(describeCard({ brand: "newbrand", last4: "1111" })).toBe("Newbrand ending 1111");
    expect(describeCard({ brand: "", last4: "1111" })).toBe("Card ending 1111");
  });
});
