import { Stack, Title } from "@mantine/core";
import { useDocumentTitle } from "@mantine/hooks";
import { SessionsSection } from "../../features/account-sessions/components/SessionsSection";

/** "Your account": the signed-in staff member's own settings, one section per concern. */
export default function AccountRoute() {
  useDocumentTitle("Your account · Portico");
  return (
    <Stack gap="lg" maw={760}>
      <Title order={1} fz="h2">
        Your account
      </Title>
      <SessionsSection />
    </Stack>
  );
}
