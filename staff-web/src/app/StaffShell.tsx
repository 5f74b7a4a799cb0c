import { setFacilityTimeZone } from "@portico/web-core/zones";
import { AppLayout } from "../components/AppLayout";
import { useStaffViewer } from "../features/auth/api/staff-viewer";
import { UserMenu } from "../features/auth/components/UserMenu";
import { useUnreadMessageCount } from "../features/messages/api/unread-count";
import { useNewRequestCount } from "../features/service-requests/api/new-request-count";

/** The shell filled in from the features: the viewer, their account menu and the counts that need attention. */
export default function StaffShell() {
  const { data } = useStaffViewer();
  const viewer = data?.staffViewer;
  // Before any page under the shell renders a time: every time shown reads the facility's clock.
  setFacilityTimeZone(viewer?.facility.timeZone);
  const unreadMessages = useUnreadMessageCount();
  const newRequests = useNewRequestCount();

  return (
    <AppLayout
      facilityName={viewer?.facility.name}
      accountMenu={viewer && <UserMenu viewer={viewer} />}
      unreadMessages={unreadMessages}
      newRequests={newRequests}
    />
  );
}
