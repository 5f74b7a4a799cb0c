import { useDocumentTitle } from "@mantine/hooks";
import { SignUpPage } from "../../features/auth/components/SignUpPage";

export default function SignUpRoute() {
  useDocumentTitle("Create your facility · Portico");
  return <SignUpPage />;
}
