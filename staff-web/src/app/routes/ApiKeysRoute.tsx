import { useDocumentTitle } from "@mantine/hooks";
import { ApiKeysPage } from "../../features/api-keys/components/ApiKeysPage";

export default function ApiKeysRoute() {
  useDocumentTitle("API keys · Portico");
  return <ApiKeysPage />;
}
