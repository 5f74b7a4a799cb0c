import { InMemoryCache } from "@apollo/client";
import type { MockLink } from "@apollo/client/testing";
import { MockedProvider } from "@apollo/client/testing/react";
import { render } from "@testing-library/react";
import type { ReactElement, ReactNode } from "react";
import { MemoryRouter, parsePath, Route, Routes, useLocation } from "react-router";
import { PortalDemoSignInQuery } from "../features/sign-in/api/portal-demo-sign-in";
import { typePolicies } from "../lib/apollo";
import { type Brand, BrandProvider } from "../lib/brand";

type RenderPageOptions = {
  /** The route pattern the page is mounted at, e.g. "/link/:token". */
  path: string;
  /** The URL the test starts on. */
  url: string;
  state?: unknown;
  mocks?: MockLink.MockedResponse[];
  /** Nested routes, for layouts that render their page through an Outlet. */
  children?: ReactNode;
  /** Other real pages by path, for flows that move between pages; the rest are placeholders. */
  pages?: Record<string, ReactElement>;
  /** The facility this device remembers from an earlier visit; none unless given. */
  brand?: Brand;
};

/** Where pages send people; each shows up as a placeholder unless the test mounts the real page. */
const DESTINATIONS: Record<string, string> = {
  "/": "home",
  "/sign-in": "sign-in",
  "/sign-in/code": "sign-in-code",
  "/sign-in/password": "sign-in-password",
  "/sign-in/text": "sign-in-text",
  "/choose-account": "choose-account",
};

/** Sign-in pages ask whether this is a demo; unless a test says otherwise, it is not. */
const notADemo: MockLink.MockedResponse = {
  request: { query: PortalDemoSignInQuery },
  result: { data: { portalDemoSignIn: null } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

/** Shows where the page navigated to, so tests can assert on it. */
function Landed({ name }: { name: string }) {
  const location = useLocation();
  return (
    <div data-testid="landed" data-state={JSON.stringify(location.state ?? null)}>
      {name}
    </div>
  );
}

export function renderPage(
  page: ReactElement,
  { path, url, state, mocks = [], children, pages = {}, brand }: RenderPageOptions,
) {
  const cache = new InMemoryCache({ typePolicies });
  const utils = render(
    <MockedProvider mocks={[...mocks, notADemo]} cache={cache}>
      <BrandProvider initialBrand={brand ?? null} env="test">
        <MemoryRouter initialEntries={[{ ...parsePath(url), state }]}>
          <Routes>
            <Route path={path} element={page}>
              {children}
            </Route>
            {Object.entries(pages).map(([to, element]) => (
              <Route key={to} path={to} element={element} />
            ))}
            {Object.entries(DESTINATIONS)
              .filter(([to]) => to !== path && !(to in pages))
              .map(([to, name]) => (
                <Route key={to} path={to} element={<Landed name={name} />} />
              ))}
          </Routes>
        </MemoryRouter>
      </BrandProvider>
    </MockedProvider>,
  );
  return { ...utils, cache };
}
