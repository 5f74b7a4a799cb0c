import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { writePortalViewer } from "../../session/api/portal-viewer";

export const SignInWithTextCodeMutation = graphql(`
  mutation SignInWithTextCode($facility: String!, $phone: String!, $code: String!) {
    signInWithTextCode(facility: $facility, phone: $phone, code: $code) {
      ...PortalViewerFields
    }
  }
`);

export function useSignInWithTextCode() {
  return useMutation(SignInWithTextCodeMutation, {
    update: (cache, { data }) => {
      if (data) writePortalViewer(cache, data.signInWithTextCode);
    },
  });
}
