import { Badge, Button, Collapse, Divider, Group, Stack, Text } from "@mantine/core";
import { dateTime, relativeTime } from "@portico/web-core/time";
import { IconChevronDown, IconChevronRight } from "@tabler/icons-react";
import { Fragment, useId, useState } from "react";
import { useNow } from "../../lib/use-now";
import { InvitationTimeline, type TimelineInvitation } from "./components/InvitationTimeline";
import { DELIVERY_BADGE } from "./portal-status";

/**
 * Every invite sent to one person, newest first. The newest shows its timeline; older ones open
 * on demand, so a long history stays short.
 */
export function InviteHistory({ invitations }: { invitations: TimelineInvitation[] }) {
  const now = useNow();
  if (invitations.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No invites sent yet.
      </Text>
    );
  }
  return (
    <Stack gap="sm">
      {invitations.map((invitation, i) => (
        <Fragment key={invitation.id}>
          {i > 0 && <Divider />}
          <InvitationEntry invitation={invitation} now={now} defaultOpen={i === 0} />
        </Fragment>
      ))}
    </Stack>
  );
}

function InvitationEntry({
  invitation,
  now,
  defaultOpen,
}: {
  invitation: TimelineInvitation;
  now: Date;
  defaultOpen: boolean;
}) {
  const [open, setOpen] = useState(defaultOpen);
  const timelineId = useId();
  const sent = new Date(invitation.createdAt);
  const delivery = DELIVERY_BADGE[invitation.deliveryState];
  const voided = invitation.state === "VOID";
  return (
    <Stack gap={6} component="article" aria-label={`Invite sent ${dateTime(sent)}`}>
      <Group gap="xs" justify="space-between" wrap="nowrap" align="flex-start">
        <Text size="sm" fw={600} title={dateTime(sent)}>
          Sent {relativeTime(sent, now)}
        </Text>
        <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
          {voided && (
            <Badge size="xs" variant="outline" color="gray">
              Voided
            </Badge>
          )}
          <Badge size="xs" variant="light" color={delivery.color}>
            {delivery.label}
          </Badge>
        </Group>
      </Group>
      <Text size="xs" c="dimmed" style={{ overflowWrap: "anywhere" }}>
        {dateTime(sent)}
        {invitation.invitedByName ? ` · by ${invitation.invitedByName}` : ""} · to {invitation.email}
      </Text>
      {!defaultOpen && (
        <Button
          variant="subtle"
          color="gray"
          size="compact-xs"
          w="fit-content"
          px={4}
          leftSection={open ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />}
          aria-expanded={open}
          aria-controls={timelineId}
          onClick={() => setOpen((o) => !o)}
        >
          {open ? "Hide timeline" : "Show timeline"}
        </Button>
      )}
      <Collapse expanded={open} id={timelineId} keepMounted={false}>
        <Stack pt={4} pl={2}>
          <InvitationTimeline invitation={invitation} now={now} />
        </Stack>
      </Collapse>
    </Stack>
  );
}
