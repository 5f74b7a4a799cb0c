import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { writePortalProfile } from "./portal-profile";

export const UpdatePortalProfileMutation = graphql(`
  mutation UpdatePortalProfile($input: PortalProfileInput!) {
    updatePortalProfile(input: $input) {
      ...PortalProfileFields
    }
  }
`);

export function useUpdatePortalProfile() {
  return useMutation(UpdatePortalProfileMutation, {
    update: (cache, { data }) => {
      if (data) writePortalProfile(cache, data.updatePortalProfile);
    },
  });
}
