import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import type { ReadDb, Tables } from "../../db/database.js";
import { signInLinks, signInLinkTokens } from "../../db/schema.js";
import { sha256 } from "../../lib/tokens.js";

export type LinkRow = typeof signInLinks.$inferSelect;

/** A customer (contactId null) or one of their contacts: whoever a link signs in. */
export type LinkHolder = { customerId: number; contactId: number | null };

/**
 * Voids every open link the person holds, invites and sign-in links alike: only a person's latest
 * link may work (DESIGN §8). Runs inside the caller's write transaction.
 */
export function voidOpenLinks(tx: Db, holder: LinkHolder, now: Date): void {
  tx.update(signInLinks)
    .set({ voidedAt: now })
    .where(
      and(
        eq(signInLinks.customerId, holder.customerId),
        holder.contactId === null ? isNull(signInLinks.contactId) : eq(signInLinks.contactId, holder.contactId),
        isNull(signInLinks.consumedAt),
        isNull(signInLinks.voidedAt),
      ),
    )
    .run();
}

/**
 * A new link for the person, whatever its kind; the links they held before stop working. It has no
 * token yet: the outbox worker mints one per email it sends (docs/decisions/0003).
 */
export function createSignInLink(
  tx: Db,
  link: LinkHolder & {
    facilityId: number;
    invitationId?: number | null;
    purpose: LinkRow["purpose"];
    email: string;
    expiresAt: Date;
    now: Date;
  },
): number {
  voidOpenLinks(tx, link, link.now);
  return tx
    .insert(signInLinks)
    .values({
      facilityId: link.facilityId,
      customerId: link.customerId,
      contactId: link.contactId,
      invitationId: link.invitationId ?? null,
      purpose: link.purpose,
      email: link.email,
      expiresAt: link.expiresAt,
      createdAt: link.now,
    })
    .returning({ id: signInLinks.id })
    .get().id;
}

/** The link a token from any email sent for it opens. */
export function findLinkByToken(db: Db, token: string): LinkRow | undefined {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
  return db
    .select({ link: signInLinks })
    .from(signInLinkTokens)
    .innerJoin(signInLinks, eq(signInLinks.id, signInLinkTokens.linkId))
    .where(eq(signInLinkTokens.tokenHash, sha256(token)))
    .get()?.link;
}

/** The code hashes of every email sent for these links, by link id. */
export function codeHashesOf(db: Db, linkIds: number[]): Map<number, string[]> {
  const byLink = new Map<number, string[]>();
  if (linkIds.length === 0) return byLink;
  const rows = db
    .select({ linkId: signInLinkTokens.linkId, codeHash: signInLinkTokens.codeHash })
    .from(signInLinkTokens)
    .where(inArray(signInLinkTokens.linkId, linkIds))
    .all();
  for (const row of rows) byLink.set(row.linkId, [...(byLink.get(row.linkId) ?? []), row.codeHash]);
  return byLink;
}

// The Database's versions of the two reads above, for converted callers: `db` is data.read or a
// transaction's own tx.

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** The link a token from any email sent for it opens. */
export async function linkOfToken(db: Pick<ReadDb, "select">, t: Tables, token: string): Promise<LinkRow | undefined> {
  if (!TOKEN_SHAPE.test(token)) return undefined;
  const [row] = await db
    .select({ link: t.signInLinks })
    .from(t.signInLinkTokens)
    .innerJoin(t.signInLinks, eq(t.signInLinks.id, t.signInLinkTokens.linkId))
    .where(eq(t.signInLinkTokens.tokenHash, sha256(token)));
  return row?.link;
}

/** The code hashes of every email sent for these links, by link id. */
export async function codeHashesOfLinks(
  db: Pick<ReadDb, "select">,
  t: Tables,
  linkIds: number[],
): Promise<Map<number, string[]>> {
  const byLink = new Map<number, string[]>();
  if (linkIds.length === 0) return byLink;
  const rows = await db
    .select({ linkId: t.signInLinkTokens.linkId, codeHash: t.signInLinkTokens.codeHash })
    .from(t.signInLinkTokens)
    .where(inArray(t.signInLinkTokens.linkId, linkIds));
  for (const row of rows) byLink.set(row.linkId, [...(byLink.get(row.linkId) ?? []), row.codeHash]);
  return byLink;
}
