import { Stack, Text, Title } from "@mantine/core";
import { useDocumentTitle } from "@mantine/hooks";
import { ProfileSection } from "../../features/account-profile/components/ProfileSection";
import { SessionsSection } from "../../features/account-sessions/components/SessionsSection";
import { PasskeysSection } from "../../features/passkeys/PasskeysSection";

/** "Your account": the signed-in staff member's own settings; each section is its own feature's component. */
export default function AccountRoute() {
  useDocumentTitle("Your account · Portico");
  return (
    <Stack gap="lg" maw={760}>
      <div>
        <Title order={1} fz="h2">
          Your account
        </Title>
        <Text c="dimmed" size="sm">
          Your name, how you sign in and where you're signed in.
        </Text>
      </div>
      <ProfileSection />
      <PasskeysSection />
      <SessionsSection />
    </Stack>
  );
}
