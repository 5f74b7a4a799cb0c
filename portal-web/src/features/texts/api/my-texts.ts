import { useMutation, useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const MyTextsQuery = graphql(`
  query MyTexts {
    portalProfile {
      texts {
        ...MyTextSettings
      }
    }
  }
`);

export const MyTextSettingsFields = graphql(`
  fragment MyTextSettings on TextSettings {
    channel
    phone
    phoneDisplay
    consentGiven
    consentAt
    optedOut
    optedOutAt
    canText
  }
`);

export function useMyTexts() {
  return useQuery(MyTextsQuery);
}

export const UpdateMyTextSettingsMutation = graphql(`
  mutation UpdateMyTextSettings($input: MyTextSettingsInput!) {
    updateMyTextSettings(input: $input) {
      ...MyTextSettings
    }
  }
`);

export function useUpdateMyTextSettings() {
  return useMutation(UpdateMyTextSettingsMutation, { refetchQueries: ["MyTexts"] });
}
