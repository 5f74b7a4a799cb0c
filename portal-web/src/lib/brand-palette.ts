import type { MantineColorsTuple } from "@mantine/core";

type Oklab = { L: number; a: number; b: number };

const HEX = /^#?([0-9a-f]{6})$/i;

export function isHexColor(value: string | null | undefined): value is string {
  return !!value && HEX.test(value.trim());
}

function toLinear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function fromLinear(value: number): number {
  const c = value <= 0.0031308 ? value * 12.92 : 1.055 * value ** (1 / 2.4) - 0.055;
  return Math.round(Math.min(1, Math.max(0, c)) * 255);
}

function hexToOklab(hex: string): Oklab {
  const n = Number.parseInt(hex.trim().replace("#", ""), 16);
  const r = toLinear((n >> 16) & 255);
  const g = toLinear((n >> 8) & 255);
  const b = toLinear(n & 255);
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  return {
    L: 0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    a: 1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    b: 0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  };
}

function oklabToHex({ L, a, b }: Oklab): string {
  const l = (L + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m = (L - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s = (L - 0.0894841775 * a - 1.291485548 * b) ** 3;
  const rgb = [
    4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
    -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
    -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s,
  ];
  return `#${rgb.map((c) => fromLinear(c).toString(16).padStart(2, "0")).join("")}`;
}

function mix(from: Oklab, to: Oklab, t: number): Oklab {
  return { L: from.L + (to.L - from.L) * t, a: from.a + (to.a - from.a) * t, b: from.b + (to.b - from.b) * t };
}

const WHITE: Oklab = { L: 1, a: 0, b: 0 };
const BLACK: Oklab = { L: 0, a: 0, b: 0 };

/** How far each lighter shade (0–5) moves toward white, and each darker one (7–9) toward black. */
const TINTS = [0.93, 0.82, 0.66, 0.5, 0.34, 0.17];
const SHADES = [0.14, 0.27, 0.4];

/** Index of the facility's exact colour in the palette, where Mantine expects the primary shade. */
export const BRAND_INDEX = 6;

/**
 * A ten-shade Mantine palette around a facility's brand colour. Mixing in OKLab keeps the hue
 * steady as shades lighten or darken, so a teal stays teal instead of drifting grey.
 */
export function brandPalette(hex: string): MantineColorsTuple {
  const base = hexToOklab(hex);
  const tints = TINTS.map((t) => oklabToHex(mix(base, WHITE, t)));
  const shades = SHADES.map((t) => oklabToHex(mix(base, BLACK, t)));
  const exact = `#${hex.trim().replace("#", "").toLowerCase()}`;
  return [...tints, exact, ...shades] as unknown as MantineColorsTuple;
}

/**
 * The shade buttons and links use. A very light brand colour (a yellow, a pastel) would make
 * links unreadable on white, so those use a darker step of the same hue.
 */
export function brandPrimaryShade(hex: string): 6 | 8 {
  return hexToOklab(hex).L > 0.8 ? 8 : BRAND_INDEX;
}
