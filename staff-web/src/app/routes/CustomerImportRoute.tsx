import { useDocumentTitle } from "@mantine/hooks";
import { CustomerImportPage } from "../../features/customer-imports/components/CustomerImportPage";

export default function CustomerImportRoute() {
  useDocumentTitle("Import customers · Portico");
  return <CustomerImportPage />;
}
