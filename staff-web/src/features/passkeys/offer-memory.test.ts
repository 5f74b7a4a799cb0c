import { describe, expect, it } from "vitest";
import { offerMemory } from "./offer-memory";

describe("the add-a-passkey offer", () => {
  it("remembers on this device that it was put away", () => {
    expect(offerMemory.dismissed()).toBe(false);
    offerMemory.dismiss();
    expect(offerMemory.dismissed()).toBe(true);
  });
});
