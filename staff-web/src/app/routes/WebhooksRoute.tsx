import { useDocumentTitle } from "@mantine/hooks";
import { WebhooksPage } from "../../features/webhooks/components/WebhooksPage";

export default function WebhooksRoute() {
  useDocumentTitle("Webhooks · Portico");
  return <WebhooksPage />;
}
