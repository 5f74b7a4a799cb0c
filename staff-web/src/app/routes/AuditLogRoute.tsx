import { useDocumentTitle } from "@mantine/hooks";
import { AuditLogPage } from "../../features/audit/components/AuditLogPage";

export default function AuditLogRoute() {
  useDocumentTitle("Audit log · Portico");
  return <AuditLogPage />;
}
