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

/**
 * The Texts of each of a customer's contacts, read beside the customer page rather than in it: the
 * page's own query stays one statement per list.
 */
export const ContactsTextsQuery = graphql(`
  query ContactsTexts($id: ID!) {
    customer(id: $id) {
      id
      contacts {
        id
        texts {
          ...TextSettingsFields
        }
      }
    }
  }
`);

export function useContactsTexts(customerId: string, skip = false) {
  return useQuery(ContactsTextsQuery, { variables: { id: customerId }, skip });
}

/** Whose texts: the customer (no contactId) or one of their contacts. */
export type TextsPerson = { customerId: string; contactId?: string | null };

/** Saves the channel and consent; the person's status can change with it (a phone-only person becomes invitable). */
export const SetTextSettingsMutation = graphql(`
  mutation SetTextSettings($input: TextSettingsInput!) {
    setTextSettings(input: $input) {
      ...TextSettingsFields
    }
  }
`);

export function useSetTextSettings(person: TextsPerson) {
  const contactId = person.contactId ?? null;
  return useMutation(SetTextSettingsMutation, {
    refetchQueries: [contactId ? "ContactsTexts" : "CustomerTexts", "CustomerDetail"],
    update(cache, { data }) {
      if (!data) return;
      cache.modify({
        id: cache.identify(
          contactId ? { __typename: "Contact", id: contactId } : { __typename: "Customer", id: person.customerId },
        ),
        fields: { texts: () => data.setTextSettings },
      });
    },
  });
}
