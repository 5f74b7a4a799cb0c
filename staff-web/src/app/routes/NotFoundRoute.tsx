import { useDocumentTitle } from "@mantine/hooks";
import { NotFound } from "../../components/NotFound";

export default function NotFoundRoute() {
  useDocumentTitle("Page not found · Portico");
  return <NotFound />;
}
