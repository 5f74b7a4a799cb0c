import { useCallback, useEffect, useMemo, useState } from "react";

const STORAGE_KEY = "portico.contacts.selection";

function readStored(): string[] {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? "[]");
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
  } catch {
    return [];
  }
}

/**
 * Customers picked on Contacts for a bulk invite. Kept across pages and searches, and in the
 * tab's session storage so opening a customer and coming back does not lose it. Ids keep the
 * order they were picked in, which is the order the preview lists them.
 */
export function useCustomerSelection() {
  const [ids, setIds] = useState<string[]>(readStored);
  const selected = useMemo(() => new Set(ids), [ids]);

  useEffect(() => {
    try {
      if (ids.length) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(ids));
      else sessionStorage.removeItem(STORAGE_KEY);
    } catch {
      // Storage full or blocked: the selection still works for this visit.
    }
  }, [ids]);

  /** Selects or clears several rows at once: a page, or a shift-click range. */
  const setMany = useCallback((rowIds: readonly string[], on: boolean) => {
    setIds((current) => {
      if (on) {
        const have = new Set(current);
        const added = rowIds.filter((id) => !have.has(id));
        return added.length ? [...current, ...added] : current;
      }
      const drop = new Set(rowIds);
      return current.some((id) => drop.has(id)) ? current.filter((id) => !drop.has(id)) : current;
    });
  }, []);

  const toggle = useCallback((id: string) => {
    setIds((current) => (current.includes(id) ? current.filter((c) => c !== id) : [...current, id]));
  }, []);

  const clear = useCallback(() => setIds([]), []);

  return { ids, selected, count: ids.length, toggle, setMany, clear };
}

export type CustomerSelection = ReturnType<typeof useCustomerSelection>;
