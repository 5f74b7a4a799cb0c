/**
 * Where Contacts was (search, portal status filter and page), carried to the customer page so its
 * back link returns there. The URL holds the search, the filter and the current cursor; history
 * state holds the cursors of the pages before it, so Previous works and the browser's Back button
 * does too.
 */
export type ContactsState = { trail?: string[] };
export type ContactsOrigin = { contactsSearch: string; trail: string[] };

export function readTrail(state: unknown): string[] {
  const trail = (state as ContactsState | null)?.trail;
  return Array.isArray(trail) ? trail.filter((c): c is string => typeof c === "string") : [];
}

export function readOrigin(state: unknown): ContactsOrigin | null {
  const origin = state as Partial<ContactsOrigin> | null;
  if (!origin || typeof origin.contactsSearch !== "string") return null;
  return { contactsSearch: origin.contactsSearch, trail: readTrail(origin) };
}

export type ContactsView = { search: string; status: string; after: string | null };

export function contactsParams({ search, status, after }: ContactsView): Record<string, string> {
  const params: Record<string, string> = {};
  if (search) params.q = search;
  if (status) params.status = status;
  if (after) params.after = after;
  return params;
}
