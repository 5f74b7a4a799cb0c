import { type ComponentType, lazy } from "react";

export type LazyPage = ComponentType & { preload: () => Promise<unknown> };

/** A page whose code loads on first visit, and can be fetched ahead when a visit is likely. */
export function lazyPage<M>(load: () => Promise<M>, pick: (module: M) => ComponentType): LazyPage {
  let pending: Promise<{ default: ComponentType }> | undefined;
  const preload = () => {
    pending ??= load().then((module) => ({ default: pick(module) }));
    // A failed download must not be cached: the next visit tries again.
    pending.catch(() => {
      pending = undefined;
    });
    return pending;
  };
  return Object.assign(
    lazy(() => preload()),
    { preload },
  );
}
