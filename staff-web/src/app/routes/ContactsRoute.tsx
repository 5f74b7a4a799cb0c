import { useDocumentTitle } from "@mantine/hooks";
import { ContactsPage } from "../pages/ContactsPage";

export default function ContactsRoute() {
  useDocumentTitle("Contacts · Portico");
  return <ContactsPage />;
}
