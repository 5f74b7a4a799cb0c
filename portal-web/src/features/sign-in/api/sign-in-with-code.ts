import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { writePortalViewer } from "../../session/api/portal-viewer";

export const SignInWithCodeMutation = graphql(`
  mutation SignInWithCode($email: String!, $code: String!) {
    signInWithCode(email: $email, code: $code) {
      ...PortalViewerFields
    }
  }
`);

export function useSignInWithCode() {
  return useMutation(SignInWithCodeMutation, {
    update: (cache, { data }) => {
      if (data) writePortalViewer(cache, data.signInWithCode);
    },
  });
}
