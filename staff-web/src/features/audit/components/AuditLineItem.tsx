import { Anchor, Group, Stack, Text, ThemeIcon } from "@mantine/core";
import { dateTime, relativeTime } from "@portico/web-core/time";
import { IconRobot, IconUser, IconUserCircle } from "@tabler/icons-react";
import { Link } from "react-router";
import type { AuditLineFieldsFragment } from "../../../gql/graphql";
import { auditSentence } from "./audit-lines";

const ACTOR_ICON = {
  STAFF: <IconUser size={16} />,
  PORTAL: <IconUserCircle size={16} />,
  API_KEY: <IconRobot size={16} />,
  SYSTEM: <IconRobot size={16} />,
};

/** One line of the log: who, what, about which customer, when. */
export function AuditLineItem({
  line,
  now,
  showCustomer,
}: {
  line: AuditLineFieldsFragment;
  now: Date;
  showCustomer: boolean;
}) {
  const at = new Date(line.at);
  return (
    <Group component="li" gap="sm" wrap="nowrap" align="flex-start" data-action={line.action}>
      <ThemeIcon variant="light" color={line.actorKind === "STAFF" ? "blue" : "gray"} size={30} radius="xl" aria-hidden>
        {ACTOR_ICON[line.actorKind]}
      </ThemeIcon>
      <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
        <Text size="sm" style={{ overflowWrap: "anywhere" }}>
          <Text span fw={600} inherit>
            {line.actorName}
          </Text>{" "}
          {auditSentence(line)}
        </Text>
        <Group gap="xs" wrap="wrap">
          <Text size="xs" c="dimmed" component="time" dateTime={line.at} title={relativeTime(at, now)}>
            {dateTime(at)}
          </Text>
          {showCustomer && line.customer && (
            <>
              <Text size="xs" c="dimmed" aria-hidden>
                ·
              </Text>
              <Anchor component={Link} to={`/customers/${line.customer.id}`} size="xs">
                {line.customer.name}
              </Anchor>
            </>
          )}
        </Group>
      </Stack>
    </Group>
  );
}
