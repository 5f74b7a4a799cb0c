/** Only same-app paths are followed after sign-in, never another origin. */
export function safeNextPath(next: string | null | undefined, fallback = "/contacts"): string {
  if (!next?.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return fallback;
  if (next.startsWith("/sign-in")) return fallback;
  return next;
}
