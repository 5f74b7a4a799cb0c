import { ApolloLink, CombinedGraphQLErrors } from "@apollo/client";
import { ErrorLink } from "@apollo/client/link/error";
import { createApolloClient } from "@portico/web-core/apollo";
import { StaffViewerQuery } from "../features/auth/api/staff-viewer";

/** Operations that answer UNAUTHENTICATED as part of their normal job (a wrong password). */
const SIGN_IN_OPERATIONS = new Set(["StaffSignIn"]);

export function createStaffClient() {
  const client = createApolloClient("staff", {
    typePolicies: {
      Query: {
        fields: {
          // The dialog and the page can open straight from a row that is already cached.
          customer: {
            read(existing, { args, toReference }) {
              return existing ?? toReference({ __typename: "Customer", id: args?.id });
            },
          },
        },
      },
      PortalStatus: { merge: true },
    },
  });

  // An expired session anywhere sends the user to sign-in: clearing the viewer is enough,
  // because the signed-in layout redirects as soon as it reads a null viewer.
  const sessionLink = new ErrorLink(({ error, operation }) => {
    if (SIGN_IN_OPERATIONS.has(operation.operationName ?? "")) return;
    if (
      CombinedGraphQLErrors.is(error) &&
      error.errors.some((e) => (e.extensions as { code?: unknown } | undefined)?.code === "UNAUTHENTICATED")
    ) {
      client.cache.writeQuery({ query: StaffViewerQuery, data: { staffViewer: null } });
    }
  });
  client.setLink(ApolloLink.from([sessionLink, client.link]));
  return client;
}
