import { useDocumentTitle } from "@mantine/hooks";
import { useParams } from "react-router";
import { EndpointDetail } from "../../features/webhooks/components/EndpointDetail";

export default function WebhookEndpointRoute() {
  useDocumentTitle("Webhook endpoint · Portico");
  const { id = "" } = useParams();
  return <EndpointDetail key={id} id={id} />;
}
