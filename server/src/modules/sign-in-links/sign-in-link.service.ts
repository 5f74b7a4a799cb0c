import { and, type Column, eq, isNull, type SQL } from "drizzle-orm";
import type { Database, ReadDb, Tables, WriteDb } from "../../db/database.js";
import { returnedRow } from "../../db/rows.js";
import { sha256 } from "../../lib/tokens.js";

export type LinkRow = Tables["signInLinks"]["$inferSelect"];

/** A customer (contactId null) or one of their contacts: whoever a link signs in. */
export type LinkHolder = { customerId: number; contactId: number | null };

export type NewLink = LinkHolder & {
  facilityId: number;
  invitationId?: number | null;
  purpose: LinkRow["purpose"];
  email: string;
  expiresAt: Date;
  now: Date;
};

type LinkColumns = { customerId: Column; contactId: Column; consumedAt: Column; voidedAt: Column };

/** The links of the holder that still open: neither used nor voided. */
function openLinksOf(links: LinkColumns, holder: LinkHolder): SQL | undefined {
  return and(
    eq(links.customerId, holder.customerId),
    holder.contactId === null ? isNull(links.contactId) : eq(links.contactId, holder.contactId),
    isNull(links.consumedAt),
    isNull(links.voidedAt),
  );
}

function linkRow(link: NewLink) {
  return {
    facilityId: link.facilityId,
    customerId: link.customerId,
    contactId: link.contactId,
    invitationId: link.invitationId ?? null,
    purpose: link.purpose,
    email: link.email,
    expiresAt: link.expiresAt,
    createdAt: link.now,
  };
}

/** Tokens are 32 random bytes in base64url: anything else matches no link without a lookup. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/**
 * Voids every open link the person holds, invites and sign-in links alike: only a person's latest
 * link may work (DESIGN §8). Runs inside the caller's transaction.
 */
export async function voidOpenLinks(tx: WriteDb, t: Tables, holder: LinkHolder, now: Date): Promise<void> {
  await tx.update(t.signInLinks).set({ voidedAt: now }).where(openLinksOf(t.signInLinks, holder));
}

/**
 * A new link for the person, whatever its kind; the links they held before stop working. It has no
 * token yet: the outbox worker mints one per email it sends (docs/decisions/0003).
 */
export async function createSignInLink(tx: WriteDb, t: Tables, link: NewLink): Promise<number> {
  await voidOpenLinks(tx, t, link, link.now);
  return returnedRow(await tx.insert(t.signInLinks).values(linkRow(link)).returning({ id: t.signInLinks.id })).id;
}

/** The link a token from any email sent for it opens. */
export async function findLinkByToken(db: ReadDb, t: Tables, token: string): Promise<LinkRow | undefined> {
  if (!TOKEN_SHAPE.test(token)) return undefined;
  const [row] = await db
    .select({ link: t.signInLinks })
    .from(t.signInLinkTokens)
    .innerJoin(t.signInLinks, eq(t.signInLinks.id, t.signInLinkTokens.linkId))
    .where(eq(t.signInLinkTokens.tokenHash, sha256(token)));
  return row?.link;
}

function byLink(rows: { linkId: number; codeHash: string }[]): Map<number, string[]> {
  const hashes = new Map<number, string[]>();
  for (const row of rows) hashes.set(row.linkId, [...(hashes.get(row.linkId) ?? []), row.codeHash]);
  return hashes;
}

/** The code hashes of every email sent for these links, by link id; the ids are one parameter. */
export async function codeHashesOf(
  db: ReadDb,
  data: Pick<Database, "t" | "dialect">,
  linkIds: number[],
): Promise<Map<number, string[]>> {
  if (linkIds.length === 0) return new Map();
  const { t, dialect } = data;
  return byLink(
    await db
      .select({ linkId: t.signInLinkTokens.linkId, codeHash: t.signInLinkTokens.codeHash })
      .from(t.signInLinkTokens)
      .where(dialect.inList(t.signInLinkTokens.linkId, linkIds)),
  );
}
