import { describe, expect, it } from "vitest";
import { BRAND_INDEX, brandPalette, brandPrimaryShade, isHexColor } from "./brand-palette";

function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  return 0.2126 * ((n >> 16) & 255) + 0.7152 * ((n >> 8) & 255) + 0.0722 * (n & 255);
}

describe("brandPalette", () => {
  it.each(["#0b7285", "#2f9e44", "#111111", "#fcc419", "#E03131"])("builds ten shades around %s", (hex) => {
    const palette = brandPalette(hex);
    expect(palette).toHaveLength(10);
    expect(palette[BRAND_INDEX]).toBe(hex.toLowerCase());
    for (const shade of palette) expect(shade).toMatch(/^#[0-9a-f]{6}$/);
    for (let i = 1; i < palette.length; i++) {
      expect(luminance(palette[i] as string)).toBeLessThanOrEqual(luminance(palette[i - 1] as string));
    }
  });

  it("uses a darker step for links and buttons when the brand colour is very light", () => {
    expect(brandPrimaryShade("#0b7285")).toBe(6);
    expect(brandPrimaryShade("#ffe066")).toBe(8);
  });

  it("recognises only #rrggbb colours", () => {
    expect(isHexColor("#0b7285")).toBe(true);
    expect(isHexColor("teal")).toBe(false);
    expect(isHexColor("#fff")).toBe(false);
    expect(isHexColor(null)).toBe(false);
  });
});
