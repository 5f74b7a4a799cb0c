import { List, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { ConfirmDialog } from "../../../components/ConfirmDialog";
import { useArchiveCustomer } from "../api/archive-customer";

type Props = { customer: { id: string; name: string }; onClose: () => void };

/** "Archive Jane?" with what it does, in the order staff will notice it. */
export function ArchiveCustomerDialog({ customer, onClose }: Props) {
  const [archive] = useArchiveCustomer();
  return (
    <ConfirmDialog
      title={`Archive ${customer.name}?`}
      confirmLabel="Archive customer"
      onConfirm={async () => {
        await archive({ variables: { id: customer.id } });
        notifications.show({ color: "teal", message: `${customer.name} is archived` });
      }}
      onClose={onClose}
    >
      <Stack gap="sm">
        <Text size="sm">Their records stay as they are, and you can restore them at any time.</Text>
        <List size="sm" spacing={6}>
          <List.Item>
            They are hidden from Contacts, its total and search, bulk invites, messages and requests.
          </List.Item>
          <List.Item>
            Their portal access ends now: everyone signed in on their account is signed out, and pending invites and
            sign-in links stop working.
          </List.Item>
          <List.Item>You can still open their page and find them under Contacts › Archived.</List.Item>
        </List>
      </Stack>
    </ConfirmDialog>
  );
}
