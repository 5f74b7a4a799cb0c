import { useDocumentTitle } from "@mantine/hooks";
import { PortalSettingsPage } from "../../features/settings/components/PortalSettingsPage";

export default function PortalSettingsRoute() {
  useDocumentTitle("Portal settings · Portico");
  return <PortalSettingsPage />;
}
