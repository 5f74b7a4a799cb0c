import type { ApolloCache, Reference } from "@apollo/client";

/** Drops one photo, history entry or report from its car's list, then from the cache. */
export function removeFromCar(
  cache: ApolloCache,
  carId: string,
  field: "history" | "photos" | "conditionReports",
  item: { __typename: "CarEvent" | "Photo" | "ConditionReport"; id: string },
) {
  cache.modify({
    id: cache.identify({ __typename: "Car", id: carId }),
    fields: {
      [field]: (existing: readonly Reference[] = [], { readField }) =>
        existing.filter((ref) => readField("id", ref) !== item.id),
    },
  });
  const id = cache.identify(item);
  if (id) cache.evict({ id });
  cache.gc();
}
