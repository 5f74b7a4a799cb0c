import { CombinedGraphQLErrors } from "@apollo/client";
import { setFacilityTimeZone } from "@portico/web-core/zones";
import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { AuthLayout } from "../../components/AuthLayout";
import { NetworkErrorAlert } from "../../components/NetworkErrorAlert";
import { PageLoader } from "../../components/PageLoader";
import { useBrand } from "../../lib/brand";
import { type SignedOutReason, signedOutReason, signedOutReasonOf } from "../../lib/signed-out";
import { ViewerProvider } from "../../lib/viewer";
import { usePortalViewer } from "./api/portal-viewer";

export type SignInRedirectState = { from?: string; signedOutBecause?: SignedOutReason };

/** Renders its children for a signed-in person; anyone else goes to the sign-in page and comes back after. */
export function RequireSession({ children }: { children: ReactNode }) {
  const location = useLocation();
  const brand = useBrand();
  const { data, error, refetch } = usePortalViewer();
  const viewer = data?.portalViewer;

  if (viewer) {
    // Before any page renders a time: every time shown reads the facility's clock.
    setFacilityTimeZone(viewer.facility.timeZone);
    return <ViewerProvider value={viewer}>{children}</ViewerProvider>;
  }
  // The session ended while the portal was open (or this very request ended it): off to sign-in.
  const ended = error ? signedOutReasonOf(errorExtensions(error)) : null;
  if (viewer === null || ended) {
    const from = `${location.pathname}${location.search}`;
    const state: SignInRedirectState = from === "/" ? {} : { from };
    const because = signedOutReason() ?? ended;
    if (because === "ACCESS_REMOVED") state.signedOutBecause = because;
    return <Navigate to="/sign-in" replace state={state} />;
  }
  if (error) {
    return (
      <AuthLayout brand={brand}>
        <NetworkErrorAlert error={error} onRetry={() => refetch()} title="We couldn't open your portal" />
      </AuthLayout>
    );
  }
  return <PageLoader label="Opening your portal" />;
}

function errorExtensions(error: unknown): Record<string, unknown> | undefined {
  return CombinedGraphQLErrors.is(error) ? (error.errors[0]?.extensions as Record<string, unknown>) : undefined;
}
