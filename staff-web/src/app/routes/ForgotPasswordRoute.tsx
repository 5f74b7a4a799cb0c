import { useDocumentTitle } from "@mantine/hooks";
import { ForgotPasswordPage } from "../../features/auth/components/ForgotPasswordPage";

export default function ForgotPasswordRoute() {
  useDocumentTitle("Forgot password · Portico");
  return <ForgotPasswordPage />;
}
