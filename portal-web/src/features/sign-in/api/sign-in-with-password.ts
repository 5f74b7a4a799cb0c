import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { writePortalViewer } from "../../session/api/portal-viewer";

export const SignInWithPasswordMutation = graphql(`
  mutation SignInWithPassword($email: String!, $password: String!) {
    signInWithPassword(email: $email, password: $password) {
      ...PortalViewerFields
    }
  }
`);

/** A wrong password and an unknown address get the same answer, so the form never learns who has an account. */
export function useSignInWithPassword() {
  return useMutation(SignInWithPasswordMutation, {
    update: (cache, { data }) => {
      if (data) writePortalViewer(cache, data.signInWithPassword);
    },
  });
}
