import type { PortalState } from "../../../gql/graphql";

/**
 * The Contacts portal status filter, in staff words. Each choice stands for one or more of the
 * server's states: "Invited (waiting)" is a pending invite whether or not the resend cooldown is
 * over, so a row does not leave the filter when its cooldown ends.
 */
export const PORTAL_FILTERS = [
  { key: "not-invited", label: "Not invited", states: ["NOT_INVITED"] },
  { key: "invited", label: "Invited (waiting)", states: ["INVITED", "INVITE_RESENDABLE"] },
  { key: "expired", label: "Link expired", states: ["INVITE_EXPIRED"] },
  { key: "bounced", label: "Bounced", states: ["BOUNCED"] },
  { key: "in-portal", label: "In portal", states: ["IN_PORTAL"] },
  { key: "no-email", label: "No email", states: ["NO_EMAIL"] },
] as const satisfies ReadonlyArray<{ key: string; label: string; states: readonly PortalState[] }>;

export type PortalFilterKey = (typeof PORTAL_FILTERS)[number]["key"];

/** The filter as the URL holds it (`status=invited,bounced`), in the menu's order, unknown words dropped. */
export function readPortalFilter(value: string | null): PortalFilterKey[] {
  if (!value) return [];
  const picked = new Set(value.split(","));
  return PORTAL_FILTERS.filter((f) => picked.has(f.key)).map((f) => f.key);
}

export function writePortalFilter(keys: readonly string[]): string {
  return PORTAL_FILTERS.filter((f) => keys.includes(f.key))
    .map((f) => f.key)
    .join(",");
}

/** The `portalStates` argument for the list query: empty means no filter. */
export function portalStatesFor(keys: readonly PortalFilterKey[]): PortalState[] {
  return PORTAL_FILTERS.filter((f) => keys.includes(f.key)).flatMap((f) => [...f.states]);
}

export function portalFilterLabels(keys: readonly PortalFilterKey[]): string[] {
  return PORTAL_FILTERS.filter((f) => keys.includes(f.key)).map((f) => f.label);
}
