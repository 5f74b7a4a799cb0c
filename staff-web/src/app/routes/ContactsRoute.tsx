import { Stack } from "@mantine/core";
import { useDocumentTitle } from "@mantine/hooks";
import { useStaffViewer } from "../../features/auth/api/staff-viewer";
import { GettingStartedCard } from "../../features/getting-started/components/GettingStartedCard";
import { PasskeyOffer } from "../../features/passkeys/PasskeyOffer";
import { ContactsPage } from "../pages/ContactsPage";

export default function ContactsRoute() {
  useDocumentTitle("Contacts · Portico");
  const isAdmin = useStaffViewer().data?.staffViewer?.role === "ADMIN";
  // Contacts is where a sign-in lands: the passkey offer shows here until taken or put away.
  return (
    <Stack gap="md">
      <GettingStartedCard isAdmin={isAdmin} />
      <PasskeyOffer />
      <ContactsPage />
    </Stack>
  );
}
