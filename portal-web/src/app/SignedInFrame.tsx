import "@mantine/notifications/styles.css";
import { Notifications } from "@mantine/notifications";
import { Suspense } from "react";
import { Outlet } from "react-router";
import { PageLoader } from "../components/PageLoader";
import { PortalShell } from "../components/PortalShell";
import { useUnreadMessages } from "../features/messages/api/unread-messages";
import { AccountMenu } from "../features/session/components/AccountMenu";
import { RequireSession } from "../features/session/RequireSession";
import { useSections, useViewer } from "../lib/viewer";

function Frame() {
  const viewer = useViewer();
  const unread = useUnreadMessages(useSections().has("MESSAGES"));
  return (
    <PortalShell
      viewer={viewer}
      unread={unread}
      accountMenu={(onError) => <AccountMenu viewer={viewer} onError={onError} />}
    >
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
