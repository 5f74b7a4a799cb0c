import { useDocumentTitle } from "@mantine/hooks";
import { useParams } from "react-router";
import { ChoosePasswordPage } from "../../features/auth/components/ChoosePasswordPage";

export default function AcceptInviteRoute() {
  useDocumentTitle("Join your team · Portico");
  return <ChoosePasswordPage token={useParams().token ?? ""} purpose="INVITE" />;
}
