import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const PortalHomeQuery = graphql(`
  query PortalHome {
    portalHome {
      balanceDueCents
      overdueInvoices
      contractsToSign {
        id
        title
      }
      estimatesWaiting {
        id
        number
        title
        totalCents
      }
      upcomingEvents {
        id
        title
        kind
        startsAt
        location
      }
      unreadMessages
      openServiceRequests
    }
    portalProfile {
      onboardingPending
    }
  }
`);

/** What needs the person's attention, and whether the facility's first-visit steps are still to do. */
export function usePortalHome() {
  return useQuery(PortalHomeQuery);
}
