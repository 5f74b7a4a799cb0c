import type { ApolloCache } from "@apollo/client";
import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";
import type { PortalProfileFieldsFragment } from "../../../gql/graphql";

export const PortalProfileFields = graphql(`
  fragment PortalProfileFields on PortalProfile {
    name
    email
    phone
    phoneDisplay
    address
    isContact
    onboardingPending
    preferences {
      invoices
      estimates
      scheduling
      carUpdates
      contracts
      socialEvents
      marketing
    }
  }
`);

export const PortalProfileQuery = graphql(`
  query PortalProfile {
    portalProfile {
      ...PortalProfileFields
    }
  }
`);

export function usePortalProfile() {
  return useQuery(PortalProfileQuery);
}

/** The profile has no id to be found by: a mutation's answer is written where the query reads it. */
export function writePortalProfile(cache: ApolloCache, profile: PortalProfileFieldsFragment): void {
  cache.writeQuery({ query: PortalProfileQuery, data: { portalProfile: profile } });
}
