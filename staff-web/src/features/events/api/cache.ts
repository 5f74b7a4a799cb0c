import type { ApolloCache } from "@apollo/client";

/**
 * A new or moved event can land in any cached week and in any customer's card, in start order:
 * dropping those lists makes the ones on screen ask the server again, which places it right.
 */
export function forgetEventLists(cache: ApolloCache, customerIds: ReadonlyArray<string | null | undefined>) {
  cache.evict({ id: "ROOT_QUERY", fieldName: "schedule" });
  for (const id of new Set(customerIds)) {
    if (id) cache.evict({ id: cache.identify({ __typename: "Customer", id }), fieldName: "events" });
  }
  cache.gc();
}
