import { Stack } from "@mantine/core";
import { useDocumentTitle } from "@mantine/hooks";
import { PasskeyOffer } from "../../features/passkeys/PasskeyOffer";
import { ContactsPage } from "../pages/ContactsPage";

export default function ContactsRoute() {
  useDocumentTitle("Contacts · Portico");
  // Contacts is where a sign-in lands: the passkey offer shows here until taken or put away.
  return (
    <Stack gap="md">
      <PasskeyOffer />
      <ContactsPage />
    </Stack>
  );
}
