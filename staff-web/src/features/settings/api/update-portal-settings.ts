import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";

/** The facility comes back by id, so the shell's cooldown and expiry figures update with it. */
export const UpdatePortalSettingsMutation = graphql(`
  mutation UpdatePortalSettings($input: PortalSettingsInput!) {
    updatePortalSettings(input: $input) {
      ...PortalSettingsFields
    }
  }
`);

export function useUpdatePortalSettings() {
  return useMutation(UpdatePortalSettingsMutation);
}
