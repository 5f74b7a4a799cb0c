import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import { StrictMode, useMemo, useState } from "react";
import { createRoot } from "react-dom/client";
import { EXAMPLE_TABS } from "./examples";
import "graphiql/style.css";
import "./playground.css";

const ENDPOINT = "/graphql";
// The key lives for this browser tab only: a secret should not outlast the page that used it.
const KEY_STORAGE = "portico.playground.apiKey";

function storedKey(): string {
  try {
    return sessionStorage.getItem(KEY_STORAGE) ?? "";
  } catch {
    return "";
  }
}

function Playground() {
  const [apiKey, setApiKey] = useState(storedKey);
  const [draft, setDraft] = useState("");

  // With a key, requests carry it and no cookie: what runs here is what an integration gets.
  // Without one, the staff session of this browser is used. `content-type: application/json`
  // (set by the toolkit) and `apollo-require-preflight` satisfy Apollo Server's CSRF prevention.
  const fetcher = useMemo(
    () =>
      createGraphiQLFetcher({
        url: ENDPOINT,
        headers: {
          "apollo-require-preflight": "true",
          ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}),
        },
        enableIncrementalDelivery: false,
        fetch: (input, init) => fetch(input, { ...init, credentials: apiKey ? "omit" : "include" }),
      }),
    [apiKey],
  );

  const applyKey = (event: React.FormEvent) => {
    event.preventDefault();
    const key = draft.trim();
    if (!key) return;
    sessionStorage.setItem(KEY_STORAGE, key);
    setApiKey(key);
    setDraft("");
  };
  const forgetKey = () => {
    sessionStorage.removeItem(KEY_STORAGE);
    setApiKey("");
  };

  return (
    <div className="playground">
      <header className="playground-bar">
        <strong className="playground-title">Portico GraphQL API</strong>
        {apiKey ? (
          <span className="playground-auth" data-testid="playground-auth">
            Using API key …{apiKey.slice(-4)}
            <button type="button" onClick={forgetKey}>
              Forget key
            </button>
          </span>
        ) : (
          <form className="playground-auth" onSubmit={applyKey}>
            <label htmlFor="api-key">API key</label>
            <input
              id="api-key"
              type="password"
              autoComplete="off"
              spellCheck={false}
              placeholder="pk_live_… (or use this browser's staff session)"
              value={draft}
              onChange={(event) => setDraft(event.target.value)}
            />
            <button type="submit">Use key</button>
          </form>
        )}
        <a className="playground-guide" href="/graphql/docs" target="_blank" rel="noreferrer">
          API guide
        </a>
      </header>
      <div className="playground-editor">
        <GraphiQL fetcher={fetcher} defaultTabs={EXAMPLE_TABS} key={apiKey ? "key" : "session"}>
          <GraphiQL.Logo>Portico</GraphiQL.Logo>
        </GraphiQL>
      </div>
    </div>
  );
}

const root = document.getElementById("root");
if (!root) throw new Error("#root element missing");

createRoot(root).render(
  <StrictMode>
    <Playground />
  </StrictMode>,
);
