import { createContext, type ReactNode, useContext } from "react";
import { Navigate, useLocation } from "react-router";
import { useBrand } from "../../../app/brand";
import { AuthLayout } from "../../../components/AuthLayout";
import { NetworkErrorAlert } from "../../../components/NetworkErrorAlert";
import { PageLoader } from "../../../components/PageLoader";
import type { PortalViewerFieldsFragment } from "../../../gql/graphql";
import { usePortalViewer } from "../api/portal-viewer";

export type Viewer = PortalViewerFieldsFragment;

const ViewerContext = createContext<Viewer | null>(null);

/** The signed-in person, for pages under RequireSession. */
export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error("useViewer is only available under RequireSession");
  return viewer;
}

export type SignInRedirectState = { from?: string };

/** Renders its children for a signed-in person; anyone else goes to the sign-in page and comes back after. */
export function RequireSession({ children }: { children: ReactNode }) {
  const location = useLocation();
  const brand = useBrand();
  const { data, error, refetch } = usePortalViewer();
  const viewer = data?.portalViewer;

  if (viewer) return <ViewerContext.Provider value={viewer}>{children}</ViewerContext.Provider>;
  if (error) {
    return (
      <AuthLayout brand={brand}>
        <NetworkErrorAlert error={error} onRetry={() => refetch()} title="We couldn't open your portal" />
      </AuthLayout>
    );
  }
  if (viewer === null) {
    const from = `${location.pathname}${location.search}`;
    const state: SignInRedirectState = from === "/" ? {} : { from };
    return <Navigate to="/sign-in" replace state={state} />;
  }
  return <PageLoader label="Opening your portal" />;
}
