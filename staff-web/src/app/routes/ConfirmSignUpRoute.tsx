import { useDocumentTitle } from "@mantine/hooks";
import { useParams } from "react-router";
import { ConfirmSignUpPage } from "../../features/auth/components/ConfirmSignUpPage";

export default function ConfirmSignUpRoute() {
  useDocumentTitle("Confirm your email · Portico");
  return <ConfirmSignUpPage token={useParams().token ?? ""} />;
}
