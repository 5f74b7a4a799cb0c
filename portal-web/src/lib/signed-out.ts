/**
 * Why the server ended this browser's portal session, as its `signedOutBecause` error extension
 * says: "ACCESS_REMOVED" when staff turned the person's access off. Kept until the sign-in page,
 * where the person is sent next, has shown it.
 */
export type SignedOutReason = "ACCESS_REMOVED" | "NO_SESSION";

let pending: SignedOutReason | null = null;

/** Reads `signedOutBecause` from a GraphQL error's extensions; null for any other error. */
export function signedOutReasonOf(extensions: Record<string, unknown> | undefined): SignedOutReason | null {
  const reason = extensions?.signedOutBecause;
  return reason === "ACCESS_REMOVED" || reason === "NO_SESSION" ? reason : null;
}

export function noteSignedOut(reason: SignedOutReason): void {
  // A later "no session" answer (another request in flight) must not hide the reason given first.
  if (pending !== "ACCESS_REMOVED") pending = reason;
}

/** The reason noted, if any: read while rendering the redirect, so reading leaves it. */
export function signedOutReason(): SignedOutReason | null {
  return pending;
}

/** The sign-in page has passed the reason on; the next sign-out starts afresh. */
export function clearSignedOutReason(): void {
  pending = null;
}
