import type { MockLink } from "@apollo/client/testing";
import type { ReactElement } from "react";
import { Route } from "react-router";
import { SignedInFrame } from "../app/SignedInFrame";
import { PortalUnreadMessagesQuery } from "../features/messages/api/unread-messages";
import { PortalViewerQuery } from "../features/session/api/portal-viewer";
import type { PortalViewerFieldsFragment } from "../gql/graphql";
import { viewerFixture } from "./fixtures";
import { renderPage } from "./render";

type SignedInOptions = {
  /** The URL the test starts on. */
  url: string;
  viewer?: PortalViewerFieldsFragment;
  mocks?: MockLink.MockedResponse[];
  /** Unread messages for the Messages badge. */
  unread?: number;
  /** Other pages inside the frame, by path ("requests", "" for home), for flows that move between them. */
  routes?: Record<string, ReactElement>;
};

/** Answers as often as it is asked (the frame and pages re-read these). */
const always = Number.POSITIVE_INFINITY;

export function viewerMock(viewer: PortalViewerFieldsFragment): MockLink.MockedResponse {
  return { request: { query: PortalViewerQuery }, result: { data: { portalViewer: viewer } }, maxUsageCount: always };
}

export function unreadMock(unread: number): MockLink.MockedResponse {
  return {
    request: { query: PortalUnreadMessagesQuery },
    result: { data: { portalConversation: { __typename: "PortalConversation", unread } } },
    maxUsageCount: always,
  };
}

/**
 * A signed-in page inside the real frame (shell, section bar, account menu), mounted at `route`
 * ("" for home, "billing/:id"…).
 */
export function renderSignedIn(route: string, page: ReactElement, options: SignedInOptions) {
  const { url, viewer = viewerFixture(), mocks = [], unread = 0, routes = {} } = options;
  const frameMocks = [viewerMock(viewer)];
  if (viewer.facility.sections.includes("MESSAGES")) frameMocks.push(unreadMock(unread));
  const children = [
    route === "" ? <Route key="index" index element={page} /> : <Route key={route} path={route} element={page} />,
    ...Object.entries(routes).map(([path, element]) =>
      path === "" ? <Route key="index" index element={element} /> : <Route key={path} path={path} element={element} />,
    ),
  ];
  return renderPage(<SignedInFrame />, { path: "/", url, mocks: [...frameMocks, ...mocks], children });
}

/** A stand-in for another page, to see where a flow went. */
export function Placeholder({ name }: { name: string }) {
  return <div data-testid="placeholder">{name}</div>;
}
