import { type ApolloCache, ApolloLink, CombinedGraphQLErrors } from "@apollo/client";
import { ErrorLink } from "@apollo/client/link/error";
import { createApolloClient } from "@portico/web-core/apollo";

/** Operations that answer UNAUTHENTICATED as part of their normal job (a wrong password). */
const SIGN_IN_OPERATIONS = new Set(["StaffSignIn"]);

/** `onSessionLost` runs when any operation but signing in answers UNAUTHENTICATED. */
export function createStaffClient(onSessionLost: (cache: ApolloCache) => void) {
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

  const sessionLink = new ErrorLink(({ error, operation }) => {
    if (SIGN_IN_OPERATIONS.has(operation.operationName ?? "")) return;
    if (
      CombinedGraphQLErrors.is(error) &&
      error.errors.some((e) => (e.extensions as { code?: unknown } | undefined)?.code === "UNAUTHENTICATED")
    ) {
      onSessionLost(client.cache);
    }
  });
  client.setLink(ApolloLink.from([sessionLink, client.link]));
  return client;
}
