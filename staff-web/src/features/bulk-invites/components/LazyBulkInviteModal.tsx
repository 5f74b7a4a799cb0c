import { lazy } from "react";

const load = () => import("./BulkInviteModal");

/** The dialog's code (steps, tables, the stepper) loads when it is first wanted, not with Contacts. */
export const LazyBulkInviteModal = lazy(load);

/** Warms the chunk on hover or focus, so the dialog opens without a pause. */
export function preloadBulkInviteModal() {
  void load();
}
