import { randomBytes } from "node:crypto";
import { and, desc, eq, getTableColumns, isNull, lte, or, sql } from "drizzle-orm";
import type { Config } from "../../config.js";
import { type Database, preparedRead } from "../../db/database.js";
import { returnedRow } from "../../db/rows.js";
import { FacilityScope } from "../../db/tenancy.js";
import { MINUTE } from "../../lib/clock.js";
import { badInput, conflict, notFound } from "../../lib/domain-error.js";
import { sha256 } from "../../lib/tokens.js";
import { recordAudit } from "../audit/audit.service.js";
import { hitRateLimit } from "../auth/rate-limit.service.js";
import { apiKeyActorName, type StaffViewer } from "../auth/sessions.service.js";

export type ApiKeyScope = "READ_ONLY" | "READ_WRITE";

/** A key's name: what the integration is, as admins tell keys apart. */
export const API_KEY_NAME_MAX = 80;
/** Live keys a facility may hold at once: one per integration is the norm, this is far above it. */
export const LIVE_API_KEYS_PER_FACILITY = 50;
/** Every secret starts so: a leaked one is recognisable in logs and by secret scanners. */
export const API_KEY_PREFIX = "pk_live_";
/** The prefix and 32 random bytes as base64url (43 characters). Anything else is not looked up. */
const SECRET_SHAPE = /^pk_live_[A-Za-z0-9_-]{43}$/;
/** Last use is written at most this often per key, so a busy integration does not write every request. */
const TOUCH_EVERY = MINUTE;

export type ApiKeyRow = {
  id: number;
  name: string;
  scope: ApiKeyScope;
  hint: string;
  createdAt: Date;
  createdByName: string | null;
  lastUsedAt: Date | null;
  lastUsedIp: string | null;
  revokedAt: Date | null;
};

function newSecret(): string {
  return `${API_KEY_PREFIX}${randomBytes(32).toString("base64url")}`;
}

function checkedName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw badInput("Name the key after what will use it", { name: "Required" });
  if (trimmed.length > API_KEY_NAME_MAX) {
    const message = `At most ${API_KEY_NAME_MAX} characters`;
    throw badInput(message, { name: message });
  }
  return trimmed;
}

function listed(data: Database) {
  const { apiKeys: k, staffUsers: u } = data.t;
  return data.read
    .select({
      id: k.id,
      name: k.name,
      scope: k.scope,
      hint: k.hint,
      createdAt: k.createdAt,
      createdByName: u.name,
      lastUsedAt: k.lastUsedAt,
      lastUsedIp: k.lastUsedIp,
      revokedAt: k.revokedAt,
    })
    .from(k)
    .leftJoin(u, eq(u.id, k.createdByStaffId));
}

/** The facility's keys, live ones first, newest first within each. */
export async function listApiKeys(data: Database, scope: FacilityScope): Promise<ApiKeyRow[]> {
  const k = data.t.apiKeys;
  return listed(data)
    .where(scope.where(k))
    .orderBy(sql`case when ${k.revokedAt} is null then 0 else 1 end`, desc(k.createdAt), desc(k.id));
}

async function keyOf(data: Database, scope: FacilityScope, id: number): Promise<ApiKeyRow> {
  const [row] = await listed(data).where(scope.where(data.t.apiKeys, eq(data.t.apiKeys.id, id)));
  if (!row) throw notFound("API key");
  return row;
}

/**
 * Makes a key for the facility and answers its secret, the only time it is ever seen: only its
 * SHA-256 is kept, with its last four characters to tell it apart in the list. Audited in the same
 * transaction.
 */
export async function createApiKey(
  data: Database,
  scope: FacilityScope,
  createdByStaffId: number,
  input: { name: string; scope: ApiKeyScope },
  now: Date,
): Promise<{ key: ApiKeyRow; secret: string }> {
  const name = checkedName(input.name);
  const secret = newSecret();
  const { apiKeys: k } = data.t;
  const id = await data.transaction(async (tx) => {
    const live = await tx.$count(k, scope.where(k, isNull(k.revokedAt)));
    if (live >= LIVE_API_KEYS_PER_FACILITY) {
      throw conflict(
        `This facility has ${LIVE_API_KEYS_PER_FACILITY} live API keys. Revoke one before creating another.`,
      );
    }
    const row = returnedRow(
      await tx
        .insert(k)
        .values({
          facilityId: scope.facilityId,
          name,
          scope: input.scope,
          tokenHash: sha256(secret),
          hint: secret.slice(-4),
          createdByStaffId,
          createdAt: now,
        })
        .returning({ id: k.id }),
    );
    await recordAudit(tx, data.t, scope, now, {
      action: "API_KEY_CREATED",
      subject: name,
      details: { scope: input.scope },
    });
    return row.id;
  });
  return { key: await keyOf(data, scope, id), secret };
}

/**
 * Revokes a key of the facility: its next request is refused. Another facility's key answers as a
 * missing one; revoking a revoked key changes nothing and is not audited twice.
 */
export async function revokeApiKey(
  data: Database,
  scope: FacilityScope,
  revokedByStaffId: number | null,
  id: number,
  now: Date,
): Promise<ApiKeyRow> {
  const { apiKeys: k } = data.t;
  await data.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: k.id, name: k.name })
      .from(k)
      .where(scope.where(k, eq(k.id, id)));
    if (!row) throw notFound("API key");
    const revoked = await tx
      .update(k)
      .set({ revokedAt: now, revokedByStaffId })
      .where(and(eq(k.id, id), isNull(k.revokedAt)))
      .returning({ id: k.id });
    if (revoked.length > 0) await recordAudit(tx, data.t, scope, now, { action: "API_KEY_REVOKED", subject: row.name });
  });
  return keyOf(data, scope, id);
}

// Every request with a Bearer key runs this first: the live key and its facility in one statement.
const keyBySecretRead = preparedRead(
  "api_key_by_secret",
  (db, t) =>
    db
      .select({
        id: t.apiKeys.id,
        name: t.apiKeys.name,
        scope: t.apiKeys.scope,
        createdByStaffId: t.apiKeys.createdByStaffId,
        firstUsedAt: t.apiKeys.firstUsedAt,
        lastUsedAt: t.apiKeys.lastUsedAt,
        facility: getTableColumns(t.facilities),
      })
      .from(t.apiKeys)
      .innerJoin(t.facilities, eq(t.facilities.id, t.apiKeys.facilityId))
      .where(and(eq(t.apiKeys.tokenHash, sql.placeholder("tokenHash")), isNull(t.apiKeys.revokedAt))),
  { keyed: true },
);

export type ApiKeyAuthentication =
  | { status: "OK"; viewer: StaffViewer }
  | { status: "INVALID" }
  | { status: "LIMITED"; retryAfterMs: number };

/**
 * The caller a Bearer secret stands for: a staff-like viewer of the key's facility, or INVALID for
 * an unknown, malformed or revoked key. Each request is counted against the key's per-minute limit
 * before any work (docs/decisions/0011); over it, LIMITED with how long until the window ends. Last
 * use is written at most once a minute (a conditional update, so parallel requests write once), and
 * the first use once ever with its audit line: the update that sets first_used_at only matches while
 * it is empty, which holds across servers.
 */
export async function authenticateApiKey(
  deps: { data: Database; config: Pick<Config, "apiKeyRequestsPerMinute"> },
  secret: string,
  ip: string,
  now: Date,
): Promise<ApiKeyAuthentication> {
  const { data, config } = deps;
  if (!SECRET_SHAPE.test(secret)) return { status: "INVALID" };
  const [key] = await keyBySecretRead(data).execute({ tokenHash: sha256(secret) });
  if (!key) return { status: "INVALID" };
  const limit = await hitRateLimit(data, `api-key:${key.id}`, config.apiKeyRequestsPerMinute, MINUTE, now);
  if (!limit.allowed) return { status: "LIMITED", retryAfterMs: limit.retryAfterMs };
  if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() >= TOUCH_EVERY) {
    await touchKey(data, key, ip, now);
  }
  return {
    status: "OK",
    viewer: {
      kind: "staff",
      sessionIdHash: "",
      userId: key.createdByStaffId,
      facilityId: key.facility.id,
      role: "STAFF",
      name: key.name,
      email: "",
      facility: key.facility,
      apiKey: { id: key.id, name: key.name, scope: key.scope },
    },
  };
}

async function touchKey(
  data: Database,
  key: { id: number; name: string; firstUsedAt: Date | null; facility: { id: number } },
  ip: string,
  now: Date,
): Promise<void> {
  const { apiKeys: k } = data.t;
  const address = ip.slice(0, 100);
  await data.transaction(async (tx) => {
    await tx
      .update(k)
      .set({ lastUsedAt: now, lastUsedIp: address })
      .where(and(eq(k.id, key.id), or(isNull(k.lastUsedAt), lte(k.lastUsedAt, new Date(now.getTime() - TOUCH_EVERY)))));
    if (key.firstUsedAt) return;
    const first = await tx
      .update(k)
      .set({ firstUsedAt: now })
      .where(and(eq(k.id, key.id), isNull(k.firstUsedAt)))
      .returning({ id: k.id });
    if (first.length === 0) return;
    const scope = new FacilityScope(key.facility.id, { kind: "API_KEY", name: apiKeyActorName(key.name) });
    await recordAudit(tx, data.t, scope, now, {
      action: "API_KEY_FIRST_USED",
      subject: key.name,
      details: { address },
    });
  });
}
