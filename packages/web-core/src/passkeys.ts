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

/**
 * Whether the "add a passkey" offer was put away on this device (one key per app), and putting it
 * away: it is not shown here again.
 */
export function passkeyOfferMemory(key: string) {
  return {
    dismissed(): boolean {
      try {
        return localStorage.getItem(key) === "1";
      } catch {
        return false;
      }
    },
    dismiss(): void {
      try {
        localStorage.setItem(key, "1");
      } catch {
        // Private mode without storage: the offer comes back next visit, which is all that is lost.
      }
    },
  };
}
