import { Stack, Text, Title } from "@mantine/core";
import { useDocumentTitle } from "@mantine/hooks";
import { PasskeysSection } from "../../features/passkeys/PasskeysSection";

/** Your account: the signed-in staff member's own settings, one section per feature. */
export default function AccountRoute() {
  useDocumentTitle("Your account · Portico");
  return (
    <Stack gap="lg" maw={760}>
      <Stack gap={4}>
        <Title order={1} size="h2">
          Your account
        </Title>
        <Text c="dimmed">How you sign in to the dashboard.</Text>
      </Stack>
      <PasskeysSection />
    </Stack>
  );
}
