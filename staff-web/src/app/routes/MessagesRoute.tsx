import { useDocumentTitle } from "@mantine/hooks";
import { MessagesPage } from "../../features/messages/components/MessagesPage";

export default function MessagesRoute() {
  useDocumentTitle("Messages · Portico");
  return <MessagesPage />;
}
