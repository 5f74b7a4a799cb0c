import type { FieldPolicy } from "@apollo/client";

/** A connection as the cache keeps it: the nodes loaded so far and where the next page starts. */
export type Pages<N> = {
  nodes: readonly N[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
};

/**
 * Puts a page of a list read newest first into what is loaded. A page asked for with `after`
 * (continued) goes below it. A first page (the first load, a poll, a refetch after a change) is the
 * freshest word on the top of the list: it goes on top and the loaded nodes it holds leave their
 * old places, so a conversation that moved up is listed once. The pages loaded below stay, and the
 * walk goes on from where they end. A first page with nothing after it is the whole list; one that
 * shares nothing with what is loaded while more follow it leaves unknown what lies between: either
 * way it replaces what is loaded.
 */
export function mergeNewestFirst<C extends Pages<N>, N>(
  existing: C | undefined,
  incoming: C,
  keyOf: (node: N) => unknown,
  continued: boolean,
): C {
  if (!existing) return incoming;
  if (continued) {
    const loaded = new Set(existing.nodes.map(keyOf));
    return {
      ...incoming,
      nodes: [...existing.nodes, ...incoming.nodes.filter((node) => !loaded.has(keyOf(node)))],
    };
  }
  const fresh = new Set(incoming.nodes.map(keyOf));
  const rest = existing.nodes.filter((node) => !fresh.has(keyOf(node)));
  const overlaps = rest.length < existing.nodes.length;
  if (rest.length === 0 || !incoming.pageInfo.hasNextPage || !overlaps) return incoming;
  return { ...incoming, nodes: [...incoming.nodes, ...rest], pageInfo: existing.pageInfo };
}

/**
 * The cache's policy for a newest-first connection that is polled from its first page and read
 * further with `after`: one list per `keyArgs`, whatever page brought each node; `key` names the
 * field that tells nodes apart.
 */
export function newestFirstPages(keyArgs: string[] | false, key: string): FieldPolicy<Pages<unknown>> {
  return {
    keyArgs,
    merge(existing, incoming, { args, readField }) {
      return mergeNewestFirst(
        existing,
        incoming,
        (node) => readField(key, node as Parameters<typeof readField>[1]),
        args?.after != null,
      );
    },
  };
}
