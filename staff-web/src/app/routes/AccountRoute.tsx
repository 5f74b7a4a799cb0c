import { Stack, Text, Title } from "@mantine/core";
import { useDocumentTitle } from "@mantine/hooks";
import { ProfileSection } from "../../features/account-profile/components/ProfileSection";

/** "Your account": each section is its own feature's component. */
export default function AccountRoute() {
  useDocumentTitle("Your account · Portico");
  return (
    <Stack gap="lg" maw={640}>
      <div>
        <Title order={1} fz="h2">
          Your account
        </Title>
        <Text c="dimmed" size="sm">
          Your name and how you sign in.
        </Text>
      </div>
      <ProfileSection />
    </Stack>
  );
}
