import type { ApolloCache } from "@apollo/client";
import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";
import type { PortalViewerFieldsFragment } from "../../../gql/graphql";

// No `account { cars }` here: the server refuses cars when a facility turns Vehicles off, and this
// fragment is read on every page and in every sign-in answer. Cars load on the pages that show them.
export const PortalViewerFields = graphql(`
  fragment PortalViewerFields on PortalViewer {
    name
    email
    isContact
    preview
    facility {
      name
      slug
      brandColor
      logoUrl
      timeZone
      sections
      allowEstimateLineChoice
      onboarding {
        signContracts
        addPaymentMethod
        completeProfile
      }
    }
    account {
      customerName
    }
    accounts {
      customerId
      customerName
      current
    }
  }
`);

export const PortalViewerQuery = graphql(`
  query PortalViewer {
    portalViewer {
      ...PortalViewerFields
    }
  }
`);

type PortalViewerOptions = {
  fetchPolicy?: "cache-first" | "cache-and-network" | "network-only";
  skip?: boolean;
};

/** The signed-in person, or null once the server has answered that nobody is. */
export function usePortalViewer({ fetchPolicy, skip }: PortalViewerOptions = {}) {
  return useQuery(PortalViewerQuery, { fetchPolicy, skip });
}

/** A sign-in answers with the new viewer: storing it lets home render without asking again. */
export function writePortalViewer(cache: ApolloCache, viewer: PortalViewerFieldsFragment): void {
  cache.writeQuery({ query: PortalViewerQuery, data: { portalViewer: viewer } });
}

/** The server ended the session: with no viewer stored, the signed-in layout sends the person to sign in. */
export function forgetPortalViewer(cache: ApolloCache): void {
  cache.writeQuery({ query: PortalViewerQuery, data: { portalViewer: null } });
}
