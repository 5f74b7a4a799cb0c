import { InMemoryCache } from "@apollo/client";
import type { MockLink } from "@apollo/client/testing";
import { MockedProvider } from "@apollo/client/testing/react";
import { render } from "@testing-library/react";
import type { ReactElement, ReactNode } from "react";
import { MemoryRouter, Route, Routes, useLocation } from "react-router";
import { BrandProvider } from "../app/brand";
import { typePolicies } from "../lib/apollo";

type RenderPageOptions = {
  /** The route pattern the page is mounted at, e.g. "/link/:token". */
  path: string;
  /** The URL the test starts on. */
  url: string;
  state?: unknown;
  mocks?: MockLink.MockedResponse[];
  /** Nested routes, for layouts that render their page through an Outlet. */
  children?: ReactNode;
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

export function renderPage(page: ReactElement, { path, url, state, mocks = [], children }: RenderPageOptions) {
  const cache = new InMemoryCache({ typePolicies });
  const utils = render(
    <MockedProvider mocks={mocks} cache={cache}>
      <BrandProvider initialBrand={null} env="test">
        <MemoryRouter initialEntries={[{ pathname: url, state }]}>
          <Routes>
            <Route path={path} element={page}>
              {children}
            </Route>
            {path !== "/" && <Route path="/" element={<Landed name="home" />} />}
            {path !== "/sign-in" && <Route path="/sign-in" element={<Landed name="sign-in" />} />}
            {path !== "/sign-in/code" && <Route path="/sign-in/code" element={<Landed name="sign-in-code" />} />}
          </Routes>
        </MemoryRouter>
      </BrandProvider>
    </MockedProvider>,
  );
  return { ...utils, cache };
}
