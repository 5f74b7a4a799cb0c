import { ApolloClient, HttpLink, InMemoryCache, type InMemoryCacheConfig } from "@apollo/client";

/**
 * Apollo client for a Portico SPA: same-origin /graphql with the session cookie, the header Apollo
 * Server's CSRF prevention expects from browsers, and the app's name, so the server uses only that
 * app's session (a staff member previewing the portal holds both).
 */
export function createApolloClient(app: "staff" | "portal", cacheConfig: InMemoryCacheConfig = {}) {
  return new ApolloClient({
    link: new HttpLink({
      uri: "/graphql",
      credentials: "same-origin",
      headers: { "apollo-require-preflight": "true", "x-portico-app": app },
    }),
    cache: new InMemoryCache(cacheConfig),
    defaultOptions: { watchQuery: { fetchPolicy: "cache-and-network" } },
  });
}
