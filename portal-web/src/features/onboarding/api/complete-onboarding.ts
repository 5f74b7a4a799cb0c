import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { writePortalProfile } from "../../profile/api/portal-profile";

export const CompleteOnboardingMutation = graphql(`
  mutation CompleteOnboarding {
    completeOnboarding {
      ...PortalProfileFields
    }
  }
`);

/** Finished or skipped: either way home stops sending the person to the welcome steps. */
export function useCompleteOnboarding() {
  return useMutation(CompleteOnboardingMutation, {
    update: (cache, { data }) => {
      if (!data) return;
      writePortalProfile(cache, data.completeOnboarding);
    },
  });
}
