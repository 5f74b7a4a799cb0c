import type { InMemoryCache } from "@apollo/client";
import type { MockLink } from "@apollo/client/testing";
import { MockedProvider } from "@apollo/client/testing/react";
import { MantineProvider } from "@mantine/core";
import { Notifications } from "@mantine/notifications";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { MemoryRouter, Route, Routes } from "react-router";
import { staffTheme } from "./app/theme";

type Options = {
  mocks?: ReadonlyArray<MockLink.MockedResponse>;
  /** Extra routes next to the one under test, to see where a component navigates. */
  routes?: Record<string, ReactElement>;
  path?: string;
  /** The cache to use, for components whose lists the app's cache policies merge (lib/apollo). */
  cache?: InMemoryCache;
};

/** Renders inside the providers the app uses: theme, toasts, Apollo (mocked) and a router. */
export function renderWithProviders(ui: ReactElement, { mocks = [], routes = {}, path = "/", cache }: Options = {}) {
  // Mantine's test mode renders without transitions or portals, so nothing waits on an animation.
  return render(
    <MantineProvider theme={staffTheme} env="test">
      <Notifications />
      <MockedProvider mocks={mocks} cache={cache}>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path={path} element={ui} />
            {Object.entries(routes).map(([p, element]) => (
              <Route key={p} path={p} element={element} />
            ))}
          </Routes>
        </MemoryRouter>
      </MockedProvider>
    </MantineProvider>,
  );
}
