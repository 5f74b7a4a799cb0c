import { randomBytes, type ScryptOptions, scrypt } from "node:crypto";
import { safeEqual } from "./tokens.js";

// scrypt with N=2^15, r=8, p=1 (≈32 MiB, tens of ms): OWASP's recommended floor.
const params: ScryptOptions = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const keyLength = 32;

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize("NFKC"), salt, keyLength, options, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

/**
 * Each hash records its own parameters, so verifying follows the hash. Tests pass a lower cost
 * (`N`) for the accounts they create, so many parallel verifications stay quick on a busy machine.
 */
export async function hashPassword(password: string, cost: { N?: number } = {}): Promise<string> {
  const options = { ...params, ...cost };
  const salt = randomBytes(16);
  const key = await derive(password, salt, options);
  return `scrypt$${options.N}$${options.r}$${options.p}$${salt.toString("base64")}$${key.toString("base64")}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split("$");
  if (scheme !== "scrypt" || !n || !r || !p || !salt || !key) return false;
  const derived = await derive(password, Buffer.from(salt, "base64"), {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: params.maxmem,
  });
  return safeEqual(derived.toString("base64"), key);
}

/** A hash to verify against when the account does not exist, so timing does not reveal it. */
export const dummyPasswordHash = hashPassword("portico-timing-equaliser");
