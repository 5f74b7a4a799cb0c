import { useMutation, useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const TextSettingsFields = graphql(`
  fragment TextSettingsFields on TextSettings {
    channel
    phone
    phoneDisplay
    consentGiven
    consentAt
    consentSource
    optedOut
    optedOutAt
    optedInAt
    canText
    sendsEmail
    sendsText
    channelSummary
    recentTexts {
      id
      kind
      toPhone
      deliveryStatus
      deliveryDetail
      createdAt
      deliveryUpdatedAt
    }
  }
`);

/** A customer's channel, consent and recent texts, read by the Texts card itself. */
export const CustomerTextsQuery = graphql(`
  query CustomerTexts($id: ID!) {
    customer(id: $id) {
      id
      texts {
        ...TextSettingsFields
      }
    }
  }
`);

export function useCustomerTexts(customerId: string) {
  return useQuery(CustomerTextsQuery, { variables: { id: customerId } });
}

/** Saves the channel and consent; the customer's status can change with it (a phone-only person becomes invitable). */
export const SetTextSettingsMutation = graphql(`
  mutation SetTextSettings($input: TextSettingsInput!) {
    setTextSettings(input: $input) {
      ...TextSettingsFields
    }
  }
`);

export function useSetTextSettings(customerId: string) {
  return useMutation(SetTextSettingsMutation, {
    refetchQueries: ["CustomerTexts", "CustomerDetail"],
    update(cache, { data }) {
      if (!data) return;
      cache.modify({
        id: cache.identify({ __typename: "Customer", id: customerId }),
        fields: { texts: () => data.setTextSettings },
      });
    },
  });
}
