import type { ApolloCache } from "@apollo/client";
import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";
import type { PortalViewerFieldsFragment } from "../../../gql/graphql";

export const PortalViewerFields = graphql(`
  fragment PortalViewerFields on PortalViewer {
    name
    email
    isContact
    facility {
      name
      brandColor
      logoUrl
    }
    account {
      customerName
      cars {
        ...CarCardFields
      }
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
