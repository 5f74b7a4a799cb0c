import { passkeyOfferMemory } from "@portico/web-core/passkeys";

/** This app's memory of the "add a passkey" offer put away on this device. */
export const offerMemory = passkeyOfferMemory("portico.portal.passkeyOfferDismissed");
