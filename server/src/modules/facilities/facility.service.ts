import { randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { type Database, preparedRead, type Tables, type WriteDb } from "../../db/database.js";
import { returnedRow } from "../../db/rows.js";
import type { FacilityScope } from "../../db/tenancy.js";
import { badInput, notFound } from "../../lib/domain-error.js";
import { phoneCountry } from "../../lib/phone.js";
import { emptyToNull } from "../../lib/text.js";
import { canonicalTimeZone, localDate } from "../../lib/time-zone.js";
import { recountAdoptionWeeks } from "../adoption/adoption-counts.service.js";
import { changedFields, recordAudit } from "../audit/audit.service.js";
import { checkedReminderDays } from "./invite-reminder-days.service.js";
import {
  assertSectionIn,
  enabledSections,
  onboardingStepLabels,
  type PortalSection,
  sectionColumnValues,
} from "./sections.service.js";

export type FacilityRow = Tables["facilities"]["$inferSelect"];

// Nearly every staff and portal page reads its facility (settings, sections, time zone): prepared once.
const facilityRead = preparedRead(
  "facility_by_id",
  (db, t) =>
    db
      .select()
      .from(t.facilities)
      .where(eq(t.facilities.id, sql.placeholder("facilityId"))),
  { keyed: true },
);

/** The facility of a signed-in viewer. It exists: sessions and staff belong to it. */
export async function facilityById(data: Database, facilityId: number): Promise<FacilityRow> {
  const [row] = await facilityRead(data).execute({ facilityId });
  if (!row) throw new Error(`facility ${facilityId} missing`);
  return row;
}

/** The same inside a transaction, for a rule that decides on the facility's settings. */
export async function facilityInTransaction(
  tx: Pick<WriteDb, "select">,
  t: Tables,
  facilityId: number,
): Promise<FacilityRow> {
  const [row] = await tx.select().from(t.facilities).where(eq(t.facilities.id, facilityId));
  if (!row) throw new Error(`facility ${facilityId} missing`);
  return row;
}

/** Today at the facility ("2026-03-02"): what "due today" and "overdue" mean for its customers. */
export async function facilityLocalToday(data: Database, facilityId: number, now: Date): Promise<string> {
  return localDate(now, (await facilityById(data, facilityId)).timeZone);
}

/** FORBIDDEN when the facility has turned `section` off (a request with no session viewer yet). */
export async function assertSectionEnabled(data: Database, facilityId: number, section: PortalSection): Promise<void> {
  assertSectionIn(enabledSections(await facilityById(data, facilityId)), section);
}

// Every sign-in page asks for its facility's branding by slug.
const facilityBySlugRead = preparedRead(
  "facility_by_slug",
  (db, t) =>
    db
      .select()
      .from(t.facilities)
      .where(eq(t.facilities.slug, sql.placeholder("slug"))),
  { keyed: true },
);

/** The facility with this slug (what sign-in emails put in the code page's address), or null. */
export async function facilityBySlug(data: Database, slug: string): Promise<FacilityRow | null> {
  const [row] = await facilityBySlugRead(data).execute({ slug: slug.trim().toLowerCase() });
  return row ?? null;
}

// The email worker asks for these once per batch of invites it mints.
const facilitiesByIdsRead = preparedRead("facilities_by_ids", (db, t, dialect) =>
  db
    .select()
    .from(t.facilities)
    .where(dialect.inList(t.facilities.id, sql.placeholder("ids"))),
);

/** Onboarding steps in words, per facility, for the invite emails of one worker batch. */
export async function onboardingStepsOfFacilities(
  data: Database,
  facilityIds: number[],
): Promise<Map<number, string[]>> {
  const rows = await facilitiesByIdsRead(data).execute({ ids: data.dialect.listParam(facilityIds) });
  return new Map(rows.map((f) => [f.id, onboardingStepLabels(f)]));
}

/** Settings → Portal, as an admin submits it; the optional parts left out stay as they are. */
export type PortalSettings = {
  signInMethod: FacilityRow["signInMethod"];
  inviteExpiryDays: number;
  resendCooldownHours: number;
  inviteRemindersEnabled?: boolean | null;
  inviteReminderDays?: number[] | null;
  welcomeMessage?: string | null;
  sections?: PortalSection[] | null;
  onboarding?: { signContracts: boolean; addPaymentMethod: boolean; completeProfile: boolean } | null;
  offlinePaymentInstructions?: string | null;
  allowEstimateLineChoice?: boolean | null;
  timeZone?: string | null;
  country?: string | null;
};

export async function updatePortalSettings(
  data: Database,
  scope: FacilityScope,
  input: PortalSettings,
  now: Date,
): Promise<FacilityRow> {
  const timeZone = input.timeZone == null ? null : canonicalTimeZone(input.timeZone);
  if (input.timeZone != null && !timeZone) {
    throw badInput(`“${input.timeZone.slice(0, 64)}” is not a time zone we know. Pick one from the list.`, {
      timeZone: "Pick a time zone from the list",
    });
  }
  const country = input.country == null ? null : phoneCountry(input.country);
  if (input.country != null && !country) {
    throw badInput(`“${input.country}” is not a country we know. Pick one from the list.`, {
      country: "Pick a country from the list",
    });
  }
  const inviteReminderDays =
    input.inviteReminderDays == null ? null : checkedReminderDays(input.inviteReminderDays, input.inviteExpiryDays);
  return updateFacilitySettings(data, scope, now, "Settings → Portal", {
    signInMethod: input.signInMethod,
    inviteExpiryDays: input.inviteExpiryDays,
    resendCooldownHours: input.resendCooldownHours,
    ...(typeof input.inviteRemindersEnabled === "boolean" && { inviteRemindersEnabled: input.inviteRemindersEnabled }),
    ...(inviteReminderDays !== null && { inviteReminderDays }),
    welcomeMessage: emptyToNull(input.welcomeMessage),
    ...(input.sections && sectionColumnValues(new Set(input.sections))),
    ...(input.onboarding && {
      onboardingSignContracts: input.onboarding.signContracts,
      onboardingPaymentMethod: input.onboarding.addPaymentMethod,
      onboardingCompleteProfile: input.onboarding.completeProfile,
    }),
    ...(input.offlinePaymentInstructions !== undefined && {
      offlinePaymentInstructions: emptyToNull(input.offlinePaymentInstructions),
    }),
    ...(typeof input.allowEstimateLineChoice === "boolean" && {
      allowEstimateLineChoice: input.allowEstimateLineChoice,
    }),
    ...(timeZone && { timeZone }),
    ...(country && { country }),
  });
}

/** Settings → Branding: the name and accent colour used in the portal and emails. */
export async function updateBranding(
  data: Database,
  scope: FacilityScope,
  input: { name: string; brandColor: string },
  now: Date,
): Promise<FacilityRow> {
  return updateFacilitySettings(data, scope, now, "Branding", {
    name: input.name.trim(),
    brandColor: input.brandColor.toLowerCase(),
  });
}

/**
 * Writes the columns given and answers the facility as it now is; the audit log names the settings
 * `area` and the fields that changed (names only: a secret's value never reaches the log).
 */
export async function updateFacilitySettings(
  data: Database,
  scope: FacilityScope,
  now: Date,
  area: string,
  values: Partial<Omit<FacilityRow, "id" | "slug" | "createdAt">>,
): Promise<FacilityRow> {
  const { t } = data;
  const f = t.facilities;
  return data.transaction(async (tx) => {
    const [before] = await data.dialect.forUpdate(tx.select().from(f).where(eq(f.id, scope.facilityId)));
    if (!before) throw notFound("Facility");
    const after = returnedRow(await tx.update(f).set(values).where(eq(f.id, scope.facilityId)).returning());
    const fields = changedFields(before, after, Object.keys(values) as (keyof typeof values)[]);
    // The adoption chart's weeks are Mondays on the facility's clock: a new zone counts them again.
    if (after.timeZone !== before.timeZone) await recountAdoptionWeeks(tx, data, scope.facilityId, after.timeZone);
    if (fields)
      await recordAudit(tx, t, scope, now, { action: "SETTINGS_CHANGED", subject: area, details: { fields } });
    return after;
  });
}

/** A facility's web address part from its name: "Harbor Point Storage" → "harbor-point-storage". */
function slugOf(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/g, "");
  return slug || "facility";
}

/**
 * Creates a facility, inside the caller's transaction, with every setting at the default the schema
 * gives it (as the demo seed's facilities get them; its customer counter row comes from the
 * database's trigger). Its slug is the name's, with a random ending when that is
 * taken; a lock on the slug keeps two facilities of one name made at once from both taking it.
 */
export async function createFacility(
  data: Database,
  tx: WriteDb,
  input: { name: string; timeZone: string; country: string },
  now: Date,
): Promise<FacilityRow> {
  const { t } = data;
  const base = slugOf(input.name);
  await data.dialect.lockKey(`facility-slug:${base}`);
  const [taken] = await tx.select({ id: t.facilities.id }).from(t.facilities).where(eq(t.facilities.slug, base));
  const slug = taken ? `${base}-${randomBytes(3).toString("hex")}` : base;
  return returnedRow(
    await tx
      .insert(t.facilities)
      .values({ slug, name: input.name, timeZone: input.timeZone, country: input.country, createdAt: now })
      .returning(),
  );
}

/** A facility's time zone and phone country as typed, checked and made canonical, or BAD_USER_INPUT. */
export function facilityPlace(input: { timeZone: string; country: string }): { timeZone: string; country: string } {
  const timeZone = canonicalTimeZone(input.timeZone);
  if (!timeZone) {
    throw badInput(`“${input.timeZone.slice(0, 64)}” is not a time zone we know. Pick one from the list.`, {
      timeZone: "Pick a time zone from the list",
    });
  }
  const country = phoneCountry(input.country);
  if (!country) {
    throw badInput(`“${input.country.slice(0, 2)}” is not a country we know. Pick one from the list.`, {
      country: "Pick a country from the list",
    });
  }
  return { timeZone, country };
}

/** Puts the dashboard's "Getting started" checklist away for the whole facility. */
export async function dismissGettingStarted(data: Database, scope: FacilityScope, now: Date): Promise<void> {
  const f = data.t.facilities;
  await data.transaction((tx) =>
    tx.update(f).set({ gettingStartedDismissedAt: now }).where(eq(f.id, scope.facilityId)),
  );
}
