import { Alert, Button, Group, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { errorInfo } from "@portico/web-core/errors";
import { shortDate } from "@portico/web-core/time";
import { IconArchive, IconRestore } from "@tabler/icons-react";
import { useRestoreCustomer } from "../api/restore-customer";

type Props = { customer: { id: string; name: string; archivedAt: string } };

/** Top of an archived customer's page: since when, what it means, and the way back. */
export function ArchivedBanner({ customer }: Props) {
  const [restore, { loading }] = useRestoreCustomer();
  const onRestore = async () => {
    try {
      await restore({ variables: { id: customer.id } });
      notifications.show({ color: "teal", message: `${customer.name} is restored to Contacts` });
    } catch (e) {
      notifications.show({ color: "red", title: "Could not restore", message: errorInfo(e).message });
    }
  };
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconArchive size={20} />}
      title={`Archived on ${shortDate(customer.archivedAt)}`}
      data-testid="archived-banner"
    >
      <Group justify="space-between" align="center" gap="sm" wrap="wrap">
        <Text size="sm" style={{ flex: "1 1 260px" }}>
          Hidden from Contacts and search; their portal access has ended. Restore them to invite them or let them sign
          in again.
        </Text>
        <Button
          size="sm"
          variant="white"
          color="orange"
          leftSection={<IconRestore size={16} />}
          loading={loading}
          onClick={onRestore}
        >
          Restore
        </Button>
      </Group>
    </Alert>
  );
}
