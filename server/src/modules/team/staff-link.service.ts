import { and, eq, gt, isNull } from "drizzle-orm";
import type { ReadDb, Tables, WriteDb } from "../../db/database.js";
import { returnedRow } from "../../db/rows.js";
import { sha256 } from "../../lib/tokens.js";

export type StaffLinkRow = Tables["staffLinks"]["$inferSelect"];
export type StaffLinkPurpose = StaffLinkRow["purpose"];

/** Tokens are 32 random bytes in base64url: anything else matches no link without a lookup. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/**
 * Voids every open link of the staff member, invites and resets alike: only a person's latest link
 * may work (DESIGN §8). Runs inside the caller's transaction.
 */
export async function voidOpenStaffLinks(tx: WriteDb, t: Tables, staffUserId: number, now: Date): Promise<void> {
  const l = t.staffLinks;
  await tx
    .update(l)
    .set({ voidedAt: now })
    .where(and(eq(l.staffUserId, staffUserId), isNull(l.consumedAt), isNull(l.voidedAt)));
}

/** A new link for the staff member; the ones they held stop working. The outbox worker mints its token. */
export async function createStaffLink(
  tx: WriteDb,
  t: Tables,
  link: { facilityId: number; staffUserId: number; purpose: StaffLinkPurpose; expiresAt: Date; now: Date },
): Promise<number> {
  await voidOpenStaffLinks(tx, t, link.staffUserId, link.now);
  const row = await tx
    .insert(t.staffLinks)
    .values({
      facilityId: link.facilityId,
      staffUserId: link.staffUserId,
      purpose: link.purpose,
      expiresAt: link.expiresAt,
      createdAt: link.now,
    })
    .returning({ id: t.staffLinks.id });
  return returnedRow(row).id;
}

/** The link a token from any email sent for it opens. */
export async function findStaffLinkByToken(
  db: Pick<ReadDb, "select">,
  t: Tables,
  token: string,
): Promise<StaffLinkRow | undefined> {
  if (!TOKEN_SHAPE.test(token)) return undefined;
  const [row] = await db
    .select({ link: t.staffLinks })
    .from(t.staffLinkTokens)
    .innerJoin(t.staffLinks, eq(t.staffLinks.id, t.staffLinkTokens.linkId))
    .where(eq(t.staffLinkTokens.tokenHash, sha256(token)));
  return row?.link;
}

/**
 * Uses the link, once: a conditional write that PostgreSQL re-checks on the row after waiting for
 * it, so of any number of simultaneous uses exactly one gets `true`.
 */
export async function consumeStaffLink(tx: WriteDb, t: Tables, linkId: number, now: Date): Promise<boolean> {
  const l = t.staffLinks;
  const used = await tx
    .update(l)
    .set({ consumedAt: now })
    .where(and(eq(l.id, linkId), isNull(l.consumedAt), isNull(l.voidedAt), gt(l.expiresAt, now)))
    .returning({ id: l.id });
  return used.length === 1;
}

/** What a link's page shows before anything is done with it. */
export type StaffLinkState = "VALID" | "USED" | "REPLACED" | "EXPIRED";

export function staffLinkState(link: StaffLinkRow, now: Date): StaffLinkState {
  if (link.consumedAt) return "USED";
  if (link.voidedAt) return "REPLACED";
  if (link.expiresAt <= now) return "EXPIRED";
  return "VALID";
}
