import { useDocumentTitle } from "@mantine/hooks";
import { useParams } from "react-router";
import { ChoosePasswordPage } from "../../features/auth/components/ChoosePasswordPage";

export default function ResetPasswordRoute() {
  useDocumentTitle("Reset your password · Portico");
  return <ChoosePasswordPage token={useParams().token ?? ""} purpose="PASSWORD_RESET" />;
}
