import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";

/** Answers the facility by id, so every setting that depends on Stripe (onboarding hints) follows. */
export const UpdateStripeSettingsMutation = graphql(`
  mutation UpdateStripeSettings($input: StripeSettingsInput!) {
    updateStripeSettings(input: $input) {
      ...PortalSettingsFields
    }
  }
`);

export function useUpdateStripeSettings() {
  return useMutation(UpdateStripeSettingsMutation);
}
