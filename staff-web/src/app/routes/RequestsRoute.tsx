import { useDocumentTitle } from "@mantine/hooks";
import { RequestsPage } from "../../features/service-requests/components/RequestsPage";

export default function RequestsRoute() {
  useDocumentTitle("Service requests · Portico");
  return <RequestsPage />;
}
