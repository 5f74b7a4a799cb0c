import { ApolloClient, HttpLink, InMemoryCache, type InMemoryCacheConfig } from "@apollo/client";

/**
 * Apollo client for a Portico SPA: same-origin /graphql with the session cookie, and the header
 * Apollo Server's CSRF prevention expects from browsers.
 */
export function createApolloClient(cacheConfig: InMemoryCacheConfig = {}) {
  return new ApolloClient({
    link: new HttpLink({
      uri: "/graphql",
      credentials: "same-origin",
      headers: { "apollo-require-preflight": "true" },
    }),
    cache: new InMemoryCache(cacheConfig),
    defaultOptions: { watchQuery: { fetchPolicy: "cache-and-network" } },
  });
}
