import { Badge, Group, Stack, Text, Timeline } from "@mantine/core";
import { dateTime, relativeTime, shortDate } from "@portico/web-core/time";
import type { InvitationFieldsFragment } from "../../../gql/graphql";
import { useNow } from "../../../lib/use-now";
import { DELIVERY_BADGE, voidReasonText } from "./portal-status";

export function InviteHistory({ invitations }: { invitations: InvitationFieldsFragment[] }) {
  const now = useNow();
  if (invitations.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No invites sent yet.
      </Text>
    );
  }
  return (
    <Timeline bulletSize={12} lineWidth={2} active={-1}>
      {invitations.map((invitation) => (
        <Timeline.Item key={invitation.id}>
          <InvitationEntry invitation={invitation} now={now} />
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

function InvitationEntry({ invitation, now }: { invitation: InvitationFieldsFragment; now: Date }) {
  const sent = new Date(invitation.createdAt);
  const delivery = DELIVERY_BADGE[invitation.deliveryState];
  return (
    <Stack gap={2} aria-label={`Invite sent ${dateTime(sent)}`}>
      <Group gap="xs" justify="space-between" wrap="nowrap" align="flex-start">
        <Text size="sm" fw={600} title={dateTime(sent)}>
          Sent {relativeTime(sent, now)}
        </Text>
        <Badge size="xs" variant="light" color={delivery.color} tt="none" style={{ flexShrink: 0 }}>
          {delivery.label}
        </Badge>
      </Group>
      <Text size="xs" c="dimmed">
        {dateTime(sent)}
        {invitation.invitedByName ? ` · by ${invitation.invitedByName}` : ""}
      </Text>
      <Text size="xs" style={{ overflowWrap: "anywhere" }}>
        To {invitation.email}
      </Text>
      {invitation.deliveryDetail &&
        (invitation.deliveryState === "BOUNCED" || invitation.deliveryState === "FAILED") && (
          <Text size="xs" c="red">
            {invitation.deliveryDetail}
          </Text>
        )}
      <Text size="xs" c={outcomeColor(invitation, now)}>
        {outcome(invitation, now)}
      </Text>
    </Stack>
  );
}

function outcome(invitation: InvitationFieldsFragment, now: Date): string {
  if (invitation.state === "ACCEPTED") {
    return invitation.acceptedAt ? `Accepted ${shortDate(invitation.acceptedAt)}` : "Accepted";
  }
  if (invitation.state === "VOID") return `Voided: ${voidReasonText(invitation.voidReason)}`;
  const expires = new Date(invitation.expiresAt);
  return expires <= now ? `Link expired ${shortDate(expires)}` : `Link expires ${shortDate(expires)}`;
}

function outcomeColor(invitation: InvitationFieldsFragment, now: Date): string {
  if (invitation.state === "ACCEPTED") return "teal";
  if (invitation.state === "VOID") return "dimmed";
  return new Date(invitation.expiresAt) <= now ? "orange" : "dimmed";
}
