import { ApolloProvider } from "@apollo/client/react";
import { useState } from "react";
import { BrowserRouter } from "react-router";
import { forgetPortalViewer } from "../features/session/api/portal-viewer";
import { createPortalClient } from "../lib/apollo";
import { BrandProvider } from "../lib/brand";
import { AppRoutes } from "./AppRoutes";

// Vite's base ("/portal/"), trailing slash included, so the home page's address is /portal/ and
// not /portal, which only the production server redirects.
export function App() {
  const [client] = useState(() => createPortalClient(forgetPortalViewer));
  return (
    <ApolloProvider client={client}>
      <BrandProvider>
        <BrowserRouter basename={import.meta.env.BASE_URL}>
          <AppRoutes />
        </BrowserRouter>
      </BrandProvider>
    </ApolloProvider>
  );
}
