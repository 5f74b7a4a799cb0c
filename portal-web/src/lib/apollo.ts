import { type ApolloCache, ApolloLink, CombinedGraphQLErrors, type TypePolicies } from "@apollo/client";
import { ErrorLink } from "@apollo/client/link/error";
import { createApolloClient } from "@portico/web-core/apollo";
import { newestFirstPages } from "@portico/web-core/connection-pages";
import { noteSignedOut, signedOutReasonOf } from "./signed-out";

/**
 * The portal's types without ids live inside their parent. Merging them lets a refetch, a sign-in
 * or a mutation's answer update the fields it carries without dropping the ones other pages read.
 */
export const typePolicies: TypePolicies = {
  PortalViewer: { merge: true },
  PortalAccount: { merge: true },
  PortalFacility: { merge: true },
  PortalHome: { merge: true },
  PortalProfile: { merge: true },
  PortalBilling: { merge: true },
  PortalConversation: {
    merge: true,
    fields: {
      // One list, newest first, whatever page brought each message: an earlier page (`after`) goes
      // below; the latest page (first load, polling, a sent message) goes over the top.
      messages: newestFirstPages(false, "id"),
    },
  },
  PortalSchedule: { merge: true },
  CommunicationPreferences: { merge: true },
  OnboardingSteps: { merge: true },
};

/**
 * `forgetViewer` stores "nobody is signed in" where the signed-in layout reads the viewer; app/
 * hands it in from the session feature, whose query that is.
 */
export function createPortalClient(forgetViewer: (cache: ApolloCache) => void) {
  const client = createApolloClient("portal", { typePolicies });
  // A session the server ended (access turned off, or gone) sends the person to sign-in from any
  // page: clearing the viewer is enough, because the signed-in layout redirects as soon as it reads
  // a null viewer. Only errors carrying `signedOutBecause` count; a wrong password does not.
  const sessionLink = new ErrorLink(({ error }) => {
    if (!CombinedGraphQLErrors.is(error)) return;
    const reason = error.errors.map((e) => signedOutReasonOf(e.extensions)).find((r) => r !== null);
    if (!reason) return;
    noteSignedOut(reason);
    forgetViewer(client.cache);
  });
  client.setLink(ApolloLink.from([sessionLink, client.link]));
  return client;
}
