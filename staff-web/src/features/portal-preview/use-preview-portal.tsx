import { notifications } from "@mantine/notifications";
import { errorInfo } from "@portico/web-core/errors";
import { IconAlertCircle } from "@tabler/icons-react";
import { useCallback } from "react";
import { usePreviewPortalAsMutation } from "./api/preview-portal-as";

export const PREVIEW_EXPLANATION = "Opens the portal exactly as this person sees it, read-only, for one hour";

/**
 * Starts a read-only portal session as the customer (or one of their contacts) in this browser,
 * then opens the portal in a new tab. The tab is opened before the request, while the click still
 * counts as the user's: a tab opened after an await is often blocked as a pop-up.
 */
export function usePreviewPortal() {
  const [start, { loading }] = usePreviewPortalAsMutation();
  const preview = useCallback(
    async (person: { customerId: string; contactId?: string | null; name: string }) => {
      const tab = window.open("", "_blank");
      try {
        await start({ variables: { customerId: person.customerId, contactId: person.contactId ?? null } });
      } catch (e) {
        tab?.close();
        notifications.show({
          color: "red",
          icon: <IconAlertCircle size={18} />,
          title: `Could not preview the portal as ${person.name}`,
          message: errorInfo(e).message,
        });
        return;
      }
      if (tab) {
        // The blank tab shares this page's origin until it moves on; cut the link back to this page.
        tab.opener = null;
        tab.location.href = "/portal/";
      } else {
        window.open("/portal/", "_blank", "noopener");
      }
    },
    [start],
  );
  return { preview, loading };
}
