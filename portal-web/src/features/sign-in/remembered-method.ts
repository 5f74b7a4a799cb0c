export type SignInMethodChoice = "link" | "password";

// The portal doesn't know a returning person's facility, let alone how it signs in, so the sign-in
// page opens on whichever way last worked on this device.
const STORAGE_KEY = "portico.portal.signInMethod";

export function rememberedSignInMethod(): SignInMethodChoice {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === "password" ? "password" : "link";
  } catch {
    return "link";
  }
}

export function rememberSignInMethod(method: SignInMethodChoice): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, method);
  } catch {
    // Private browsing can refuse storage; the page then opens on the link form, as for anyone new.
  }
}
