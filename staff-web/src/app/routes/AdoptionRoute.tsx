import { useDocumentTitle } from "@mantine/hooks";
import { AdoptionPage } from "../../features/adoption/components/AdoptionPage";

export default function AdoptionRoute() {
  useDocumentTitle("Portal adoption · Portico");
  return <AdoptionPage />;
}
