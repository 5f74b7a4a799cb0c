/** A first name for a new passkey from the browser and system it was made on ("Chrome on Mac"); the person can rename it. */
export function deviceName(userAgent = navigator.userAgent): string {
  const browser = /Edg\//.test(userAgent)
    ? "Edge"
    : /Firefox\//.test(userAgent)
      ? "Firefox"
      : /Chrome\/|Chromium\//.test(userAgent)
        ? "Chrome"
        : /Safari\//.test(userAgent)
          ? "Safari"
          : "Browser";
  const system = /iPhone|iPad/.test(userAgent)
    ? "iPhone or iPad"
    : /Android/.test(userAgent)
      ? "Android"
      : /Mac OS X/.test(userAgent)
        ? "Mac"
        : /Windows/.test(userAgent)
          ? "Windows"
          : /Linux/.test(userAgent)
            ? "Linux"
            : "this device";
  return `${browser} on ${system}`;
}

const DISMISSED = "portico.staff.passkeyOfferDismissed";

/** The "add a passkey" offer was put away on this device: it is not shown here again. */
export function offerDismissed(): boolean {
  try {
    return localStorage.getItem(DISMISSED) === "1";
  } catch {
    return false;
  }
}

export function dismissOffer(): void {
  try {
    localStorage.setItem(DISMISSED, "1");
  } catch {
    // Private mode without storage: the offer comes back next visit, which is all that is lost.
  }
}
