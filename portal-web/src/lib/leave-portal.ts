/** Leaves the portal for another site (Stripe Checkout). A module of its own so tests can stand in for it. */
export function leavePortalFor(url: string): void {
  window.location.assign(url);
}
