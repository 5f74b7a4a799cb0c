import { Badge, Button, Collapse, Divider, Group, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { errorInfo } from "@portico/web-core/errors";
import { dateTime, relativeTime } from "@portico/web-core/time";
import { IconBellOff, IconChevronDown, IconChevronRight } from "@tabler/icons-react";
import { Fragment, useId, useState } from "react";
import { useNow } from "../../lib/use-now";
import { useStopInviteReminders } from "./api/stop-invite-reminders";
import { InvitationTimeline, type TimelineInvitation } from "./components/InvitationTimeline";
import { deliveryBadge, handedInPerson } from "./portal-status";

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
  const delivery = deliveryBadge(invitation);
  const inPerson = handedInPerson(invitation);
  const voided = invitation.state === "VOID";
  return (
    <Stack gap={6} component="article" aria-label={`Invite sent ${dateTime(sent)}`}>
      <Group gap="xs" justify="space-between" wrap="nowrap" align="flex-start">
        <Text size="sm" fw={600} title={dateTime(sent)}>
          {inPerson ? "Handed over" : "Sent"} {relativeTime(sent, now)}
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
        {invitation.invitedByName ? ` · by ${invitation.invitedByName}` : ""} · {inPerson ? "for" : "to"}{" "}
        {[invitation.email, invitation.phoneDisplay].filter(Boolean).join(" and ")}
      </Text>
      <RemindersLine invitation={invitation} now={now} />
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

/** A pending invite's reminders: how many went out, and staff's way to stop the rest. */
export function RemindersLine({ invitation, now }: { invitation: TimelineInvitation; now: Date }) {
  const [stop, { loading }] = useStopInviteReminders();
  const pending = invitation.state === "PENDING" && new Date(invitation.expiresAt) > now;
  const count = invitation.reminderCount;
  if (!pending && count === 0) return null;
  const sent =
    count === 0
      ? "No reminder sent yet"
      : `${count} ${count === 1 ? "reminder" : "reminders"} sent${
          invitation.lastReminderAt ? `, last ${relativeTime(new Date(invitation.lastReminderAt), now)}` : ""
        }`;
  const stopped = invitation.remindersStoppedAt
    ? ` · Reminders stopped${invitation.remindersStoppedByName ? ` by ${invitation.remindersStoppedByName}` : ""}`
    : "";
  const onStop = async () => {
    try {
      await stop({ variables: { invitationId: invitation.id } });
      notifications.show({
        color: "teal",
        message: `No more reminders will go to ${invitation.email || invitation.phoneDisplay || "this person"}`,
      });
    } catch (e) {
      notifications.show({ color: "red", title: "Could not stop reminders", message: errorInfo(e).message });
    }
  };
  return (
    <Group gap="xs" justify="space-between" wrap="wrap">
      <Text size="xs" c="dimmed">
        {sent}
        {stopped}
      </Text>
      {pending && !invitation.remindersStoppedAt && (
        <Button
          variant="subtle"
          color="gray"
          size="compact-xs"
          px={4}
          leftSection={<IconBellOff size={14} />}
          loading={loading}
          onClick={onStop}
        >
          Stop reminders
        </Button>
      )}
    </Group>
  );
}
