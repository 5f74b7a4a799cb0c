import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";

/** Answers the facility by id, so the header's facility name changes with it. */
export const UpdateBrandingMutation = graphql(`
  mutation UpdateBranding($input: BrandingInput!) {
    updateBranding(input: $input) {
      ...PortalSettingsFields
    }
  }
`);

export function useUpdateBranding() {
  return useMutation(UpdateBrandingMutation);
}
