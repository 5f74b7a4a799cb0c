import { useDocumentTitle } from "@mantine/hooks";
import { SignInPage } from "../../features/auth/components/SignInPage";

export function SignInRoute() {
  useDocumentTitle("Sign in · Portico");
  return <SignInPage />;
}
