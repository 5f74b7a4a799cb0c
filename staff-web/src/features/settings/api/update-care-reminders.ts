import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";

/** Answers the facility by id, so the saved reminder settings replace the cached ones. */
export const UpdateCareRemindersMutation = graphql(`
  mutation UpdateCareReminders($input: CareReminderSettingsInput!) {
    updateCareReminders(input: $input) {
      ...PortalSettingsFields
    }
  }
`);

export function useUpdateCareReminders() {
  return useMutation(UpdateCareRemindersMutation);
}
