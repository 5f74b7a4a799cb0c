import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const PreviewPortalAsMutation = graphql(`
  mutation PreviewPortalAs($customerId: ID!, $contactId: ID) {
    previewPortalAs(customerId: $customerId, contactId: $contactId)
  }
`);

export function usePreviewPortalAsMutation() {
  return useMutation(PreviewPortalAsMutation);
}
