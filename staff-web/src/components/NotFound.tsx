import { Button, EmptyState } from "@mantine/core";
import { IconArrowLeft, IconMapOff } from "@tabler/icons-react";
import { Link } from "react-router";

type Props = { title?: string; description?: string };

export function NotFound({
  title = "Page not found",
  description = "The page you asked for does not exist or has moved.",
}: Props) {
  return (
    <EmptyState py={64} variant="light" icon={<IconMapOff size={28} />} title={title} description={description}>
      <EmptyState.Actions>
        <Button component={Link} to="/contacts" variant="light" leftSection={<IconArrowLeft size={16} />}>
          Back to Contacts
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
