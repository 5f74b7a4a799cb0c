import "@mantine/notifications/styles.css";
import { Notifications } from "@mantine/notifications";
import { Suspense } from "react";
import { Outlet } from "react-router";
import { RequireSession, useViewer } from "../features/session/components/RequireSession";
import { PageLoader } from "./PageLoader";
import { PortalShell } from "./PortalShell";

function Frame() {
  const viewer = useViewer();
  return (
    <PortalShell viewer={viewer}>
      {/* A page's code loading keeps the frame in place, so moving between sections never blanks the screen. */}
      <Suspense fallback={<PageLoader />}>
        <Outlet />
      </Suspense>
    </PortalShell>
  );
}

/** The layout of every signed-in page; anyone signed out is sent to sign in first. */
export function SignedInFrame() {
  return (
    <RequireSession>
      <Notifications position="top-center" zIndex={300} />
      <Frame />
    </RequireSession>
  );
}
