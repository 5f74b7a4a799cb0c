import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const PortalBrandQuery = graphql(`
  query PortalBrand($facility: String!) {
    portalBrand(facility: $facility) {
      name
      brandColor
      logoUrl
      textSignIn
    }
  }
`);

/**
 * The public branding of the facility a sign-in page's address names (`?facility=` from the sign-in
 * email), so a device that has never been signed in still shows whose portal it is.
 */
export function usePortalBrand(facility: string | null) {
  return useQuery(PortalBrandQuery, { variables: { facility: facility ?? "" }, skip: !facility });
}
