import { createHash, randomBytes, randomInt, timingSafeEqual } from "node:crypto";

/** 32 bytes from the OS CSPRNG, URL-safe: sign-in links and session ids. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/** n tokens as newToken makes them, from one draw of the generator. */
export function newTokens(n: number): string[] {
  const bytes = randomBytes(32 * n);
  const tokens = new Array<string>(n);
  for (let i = 0; i < n; i++) tokens[i] = bytes.subarray(32 * i, 32 * i + 32).toString("base64url");
  return tokens;
}

export function sha256(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

/** 8-digit fallback code typed from the email; stored hashed with its link's id as salt. */
export function newCode(): string {
  return randomInt(0, 100_000_000).toString().padStart(8, "0");
}

export function hashCode(linkId: number, code: string): string {
  return sha256(`${linkId}:${code}`);
}

export function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}
