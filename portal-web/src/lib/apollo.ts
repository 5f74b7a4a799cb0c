import type { TypePolicies } from "@apollo/client";
import { createApolloClient } from "@portico/web-core/apollo";

/**
 * The portal's types without ids live inside their parent. Merging them lets a refetch or a
 * sign-in replace the viewer without Apollo warning that nested data might be lost.
 */
export const typePolicies: TypePolicies = {
  PortalViewer: { merge: true },
  PortalAccount: { merge: true },
  PortalFacility: { merge: true },
};

export function createPortalClient() {
  return createApolloClient("portal", { typePolicies });
}
