import type { TypePolicies } from "@apollo/client";
import { createApolloClient } from "@portico/web-core/apollo";

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
  PortalConversation: { merge: true },
  PortalSchedule: { merge: true },
  CommunicationPreferences: { merge: true },
  OnboardingSteps: { merge: true },
};

export function createPortalClient() {
  return createApolloClient("portal", { typePolicies });
}
