import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { writePortalViewer } from "../../session/api/portal-viewer";

export const RedeemSignInLinkMutation = graphql(`
  mutation RedeemSignInLink($token: String!, $password: String) {
    redeemSignInLink(token: $token, password: $password) {
      ...PortalViewerFields
    }
  }
`);

export function useRedeemSignInLink() {
  return useMutation(RedeemSignInLinkMutation, {
    update: (cache, { data }) => {
      if (data) writePortalViewer(cache, data.redeemSignInLink);
    },
  });
}
