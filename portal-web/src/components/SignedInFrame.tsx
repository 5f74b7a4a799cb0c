import { Outlet } from "react-router";
import { RequireSession, useViewer } from "../features/session/components/RequireSession";
import { PortalShell } from "./PortalShell";

function Frame() {
  const viewer = useViewer();
  return (
    <PortalShell viewer={viewer}>
      <Outlet />
    </PortalShell>
  );
}

/** The layout of every signed-in page; anyone signed out is sent to sign in first. */
export function SignedInFrame() {
  return (
    <RequireSession>
      <Frame />
    </RequireSession>
  );
}
