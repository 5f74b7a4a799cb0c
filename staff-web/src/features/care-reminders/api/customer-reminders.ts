import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const CustomerRemindersQuery = graphql(`
  query CustomerReminders($id: ID!, $first: Int!) {
    customer(id: $id) {
      id
      remindersSent(first: $first) {
        id
        day
        at
        name
        toEmail
        toPhone
        toPhoneDisplay
        items {
          kind
          itemId
          stage
        }
      }
    }
  }
`);

export const REMINDERS_SHOWN = 10;

/** The reminders of what needs the customer that their people were sent, by email or text, newest first. */
export function useCustomerReminders(customerId: string) {
  return useQuery(CustomerRemindersQuery, {
    variables: { id: customerId, first: REMINDERS_SHOWN },
    fetchPolicy: "cache-and-network",
  });
}
