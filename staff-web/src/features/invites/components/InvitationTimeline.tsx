import { Group, Text, Timeline } from "@mantine/core";
import { dateTime, shortDate } from "@portico/web-core/time";
import { wallClockIn } from "@portico/web-core/zones";
import {
  IconBan,
  IconBellOff,
  IconBellRinging,
  IconClock,
  IconClockX,
  IconCopy,
  IconHourglass,
  IconLink,
  IconLogin2,
  IconMailCheck,
  IconMailOff,
  IconMailX,
  IconMessage,
  IconMessageCheck,
  IconMessageForward,
  IconMessageX,
  IconQrcode,
  IconSend,
  IconX,
} from "@tabler/icons-react";
import type { InvitationEventKind, InvitationFieldsFragment, InvitationTimelineFragment } from "../../../gql/graphql";
import { voidReasonText } from "../portal-status";
import classes from "./InvitationTimeline.module.css";
import { INVITATION_EVENT, stepLabel } from "./invitation-events";

export type TimelineInvitation = InvitationFieldsFragment & InvitationTimelineFragment;

const ICON_SIZE = 11;
const ICONS: Record<InvitationEventKind, React.ReactNode> = {
  QUEUED: <IconClock size={ICON_SIZE} />,
  SENT: <IconSend size={ICON_SIZE} />,
  DELIVERED: <IconMailCheck size={ICON_SIZE} />,
  BOUNCED: <IconMailX size={ICON_SIZE} />,
  SPAM_COMPLAINT: <IconMailOff size={ICON_SIZE} />,
  FAILED: <IconX size={ICON_SIZE} />,
  LINK_OPENED: <IconLink size={ICON_SIZE} />,
  SIGNED_IN: <IconLogin2 size={ICON_SIZE} />,
  REMINDER_SENT: <IconBellRinging size={ICON_SIZE} />,
  REMINDERS_STOPPED: <IconBellOff size={ICON_SIZE} />,
  QR_CODE_SHOWN: <IconQrcode size={ICON_SIZE} />,
  LINK_COPIED: <IconCopy size={ICON_SIZE} />,
  TEXT_SENT: <IconMessage size={ICON_SIZE} />,
  TEXT_DELIVERED: <IconMessageCheck size={ICON_SIZE} />,
  TEXT_FAILED: <IconMessageX size={ICON_SIZE} />,
  TEXT_INSTEAD: <IconMessageForward size={ICON_SIZE} />,
};

/** "2 Mar, 09:14", with the year only when it is not this one. */
function stepTime(instant: Date, now: Date): string {
  const sameYear = wallClockIn(instant).getFullYear() === wallClockIn(now).getFullYear();
  return dateTime(instant, undefined, { year: !sameYear });
}

type Step = { key: string; kind: InvitationEventKind; at: Date; detail: string | null };

/**
 * One invite's steps, oldest first: Queued → Sent → Delivered / Bounced / Marked as spam → Link
 * opened → Signed in, then, while it has not been used, what became of the link.
 */
export function InvitationTimeline({ invitation, now }: { invitation: TimelineInvitation; now: Date }) {
  const steps: Step[] = invitation.timeline.map((e, i) => ({
    key: `${i}-${e.kind}`,
    kind: e.kind,
    at: new Date(e.at),
    detail: e.detail,
  }));
  // Invites sent before the timeline was recorded still show when they went out.
  if (steps.length === 0) steps.push({ key: "sent", kind: "SENT", at: new Date(invitation.createdAt), detail: null });
  // A soft bounce leaves the email deliverable: it is a warning, not the end of the invite.
  const hardFailure = invitation.deliveryState === "BOUNCED" || invitation.deliveryState === "FAILED";
  const ending = linkEnding(invitation, steps, now);

  return (
    <Timeline
      bulletSize={18}
      lineWidth={2}
      active={steps.length - 1}
      classNames={{ item: classes.item, itemTitle: classes.itemTitle }}
      aria-label="Invite timeline"
    >
      {steps.map((step) => {
        const { color } = INVITATION_EVENT[step.kind];
        const label = stepLabel(step.kind, step.detail);
        const soft = step.kind === "BOUNCED" && !hardFailure;
        const failure = step.kind === "BOUNCED" || step.kind === "FAILED";
        // The spam step's detail repeats its label, and the queued one names the recipient shown above.
        // A stop's detail, and a copied link's, is the name already in its title.
        const showDetail =
          step.detail &&
          step.kind !== "SPAM_COMPLAINT" &&
          step.kind !== "REMINDERS_STOPPED" &&
          step.kind !== "LINK_COPIED" &&
          step.detail !== `To ${invitation.email}`;
        return (
          <Timeline.Item
            key={step.key}
            color={soft ? "orange" : color}
            bullet={ICONS[step.kind]}
            data-kind={step.kind}
            title={<StepTitle label={label} at={step.at} now={now} />}
          >
            {showDetail && (
              <Text
                size="xs"
                c={failure ? (soft ? "orange.8" : "red.7") : "dimmed"}
                style={{ overflowWrap: "anywhere" }}
              >
                {step.kind === "QR_CODE_SHOWN" ? `By ${step.detail}` : step.detail}
              </Text>
            )}
          </Timeline.Item>
        );
      })}
      {ending && (
        <Timeline.Item
          bullet={ending.icon}
          lineVariant="dashed"
          data-kind="ENDING"
          title={
            <Text size="xs" c={ending.color} fw={500}>
              {ending.text}
            </Text>
          }
        />
      )}
    </Timeline>
  );
}

function StepTitle({ label, at, now }: { label: string; at: Date; now: Date }) {
  return (
    <Group gap="xs" justify="space-between" wrap="nowrap">
      <Text size="sm" fw={500} lh={1.3}>
        {label}
      </Text>
      <Text component="time" dateTime={at.toISOString()} size="xs" c="dimmed" style={{ whiteSpace: "nowrap" }}>
        {stepTime(at, now)}
      </Text>
    </Group>
  );
}

/** What became of the link when the steps do not already say: voided and why, expired, or when it expires. */
function linkEnding(
  invitation: TimelineInvitation,
  steps: Step[],
  now: Date,
): { text: string; color: string; icon: React.ReactNode } | null {
  if (invitation.state === "VOID") {
    return {
      text: `Voided: ${voidReasonText(invitation.voidReason)}`,
      color: "dimmed",
      icon: <IconBan size={ICON_SIZE} />,
    };
  }
  if (invitation.state === "ACCEPTED") {
    if (steps.some((s) => s.kind === "SIGNED_IN")) return null;
    return {
      text: invitation.acceptedAt ? `Accepted ${shortDate(invitation.acceptedAt)}` : "Accepted",
      color: "teal",
      icon: <IconLogin2 size={ICON_SIZE} />,
    };
  }
  // An in-person link lives minutes; until a reminder brings a new one, the invite's own expiry is no link's.
  const inPerson = invitation.inPersonLinkExpiresAt ? new Date(invitation.inPersonLinkExpiresAt) : null;
  if (inPerson && invitation.reminderCount === 0) {
    if (inPerson <= now) {
      return {
        text: `In-person link expired ${dateTime(inPerson)}`,
        color: "orange.8",
        icon: <IconClockX size={ICON_SIZE} />,
      };
    }
    return {
      text: `In-person link expires ${dateTime(inPerson)}`,
      color: "dimmed",
      icon: <IconHourglass size={ICON_SIZE} />,
    };
  }
  const expires = new Date(invitation.expiresAt);
  if (expires <= now) {
    return { text: `Link expired ${shortDate(expires)}`, color: "orange.8", icon: <IconClockX size={ICON_SIZE} /> };
  }
  return { text: `Link expires ${shortDate(expires)}`, color: "dimmed", icon: <IconHourglass size={ICON_SIZE} /> };
}
