import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "graphiql/style.css";
import "./playground.css";

const ENDPOINT = "/graphql";

const DEFAULT_QUERY = `# Sign in to the staff dashboard in this browser first, then try:
query {
  staffViewer {
    name
    facility {
      name
    }
  }
}
`;

// Same-origin POST with the session cookie. `content-type: application/json`
// (set by the toolkit) and `apollo-require-preflight` satisfy Apollo Server's
// CSRF prevention.
const fetcher = createGraphiQLFetcher({
  url: ENDPOINT,
  headers: { "apollo-require-preflight": "true" },
  enableIncrementalDelivery: false,
  fetch: (input, init) => fetch(input, { ...init, credentials: "include" }),
});

const root = document.getElementById("root");
if (!root) throw new Error("#root element missing");

createRoot(root).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY}>
      <GraphiQL.Logo>Portico GraphQL API</GraphiQL.Logo>
    </GraphiQL>
  </StrictMode>,
);
