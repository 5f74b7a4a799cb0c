import { type ApolloCache, ApolloLink, CombinedGraphQLErrors, type TypePolicies } from "@apollo/client";
import { ErrorLink } from "@apollo/client/link/error";
import { createApolloClient } from "@portico/web-core/apollo";
import { newestFirstPages } from "@portico/web-core/connection-pages";
import { tap } from "rxjs";

/**
 * Lists of what was done, on screen while something is being done: after any successful change
 * they are read again, so the new audit line shows without a reload. Only mounted queries refetch.
 */
const ACTIVITY_QUERIES = ["CustomerActivity", "AuditLog"];

/** Operations that answer UNAUTHENTICATED as part of their normal job (a wrong password). */
const SIGN_IN_OPERATIONS = new Set(["StaffSignIn"]);

/** How the cache keeps the dashboard's data: the app's client and component tests read it. */
export const typePolicies: TypePolicies = {
  Query: {
    fields: {
      // The dialog and the page can open straight from a row that is already cached.
      customer: {
        read(existing, { args, toReference }) {
          return existing ?? toReference({ __typename: "Customer", id: args?.id });
        },
      },
      // Polled from their first page and read further on demand: one list each, whatever page
      // brought each item (a poll does not drop the pages shown below it).
      inbox: newestFirstPages(false, "customerId"),
      conversation: newestFirstPages(["customerId"], "id"),
    },
  },
  PortalStatus: { merge: true },
};

/** `onSessionLost` runs when any operation but signing in answers UNAUTHENTICATED. */
export function createStaffClient(onSessionLost: (cache: ApolloCache) => void) {
  const client = createApolloClient("staff", { typePolicies });

  const sessionLink = new ErrorLink(({ error, operation }) => {
    if (SIGN_IN_OPERATIONS.has(operation.operationName ?? "")) return;
    if (
      CombinedGraphQLErrors.is(error) &&
      error.errors.some((e) => (e.extensions as { code?: unknown } | undefined)?.code === "UNAUTHENTICATED")
    ) {
      onSessionLost(client.cache);
    }
  });
  const activityLink = new ApolloLink((operation, forward) => {
    const isMutation = operation.query.definitions.some(
      (d) => d.kind === "OperationDefinition" && d.operation === "mutation",
    );
    if (!isMutation) return forward(operation);
    return forward(operation).pipe(
      tap((result) => {
        if (result.errors?.length) return;
        void client.refetchQueries({
          include: "active",
          onQueryUpdated: (query) => ACTIVITY_QUERIES.includes(query.queryName ?? ""),
        });
      }),
    );
  });
  client.setLink(ApolloLink.from([sessionLink, activityLink, client.link]));
  return client;
}
