/** The parts of a session a line shows. */
type SessionParts = { browser: string; system: string; place?: string | null; ip?: string | null };

/** "Chrome on macOS", "Safari", "Unknown browser". */
export function deviceName({ browser, system }: SessionParts): string {
  if (browser && system) return `${browser} on ${system}`;
  return browser || system || "Unknown browser";
}

/** Where it signed in from: the country when known, else the address, else nothing. */
export function whereFrom({ place, ip }: SessionParts): string | null {
  return place || ip || null;
}

const METHOD_LABEL: Record<string, string> = {
  INVITE: "accepted the invite",
  LINK: "emailed link",
  CODE: "emailed code",
  PASSWORD: "password",
  PASSKEY: "passkey",
  ACCOUNT_SWITCH: "switched accounts",
};

/** How a portal sign-in happened, in a few words; unknown kinds by name. */
export function signInMethodLabel(method: string | null | undefined): string | null {
  if (!method) return null;
  return METHOD_LABEL[method] ?? method.toLowerCase().replaceAll("_", " ");
}
