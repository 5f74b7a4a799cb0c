import { useDocumentTitle } from "@mantine/hooks";
import { TeamPage } from "../../features/team/components/TeamPage";

export default function TeamRoute() {
  useDocumentTitle("Team · Portico");
  return <TeamPage />;
}
