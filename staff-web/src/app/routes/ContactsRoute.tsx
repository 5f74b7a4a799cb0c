import { useDocumentTitle } from "@mantine/hooks";
import { ContactsPage } from "../../features/customers/components/ContactsPage";

export default function ContactsRoute() {
  useDocumentTitle("Contacts · Portico");
  return <ContactsPage />;
}
