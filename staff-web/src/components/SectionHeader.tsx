import { Badge, Button, Group, Title } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import type { ReactNode } from "react";

type Props = {
  /** Id of the heading; the card names itself with aria-labelledby={id}. */
  id: string;
  title: ReactNode;
  /** Shown as a small badge when above zero. */
  count?: number;
  action?: ReactNode;
  /** The card's usual "Add …" button, when `action` is not given. */
  add?: { label: string; onClick: () => void };
};

/** The header every card on the customer and car pages shares: title, count, one action. */
export function SectionHeader({ id, title, count = 0, action, add }: Props) {
  return (
    <Group justify="space-between" mb="md">
      <Group gap="xs">
        <Title order={2} fz="h4" id={id}>
          {title}
        </Title>
        {count > 0 && (
          <Badge variant="light" color="gray" size="sm" circle={count < 10}>
            {count}
          </Badge>
        )}
      </Group>
      {action ??
        (add && (
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={add.onClick}>
            {add.label}
          </Button>
        ))}
    </Group>
  );
}
