import { Badge, Button, Group, Stack, Text } from "@mantine/core";
import { compactDuration } from "@portico/web-core/time";
import { IconQrcode, IconRefresh, IconSend } from "@tabler/icons-react";
import { useId, useState } from "react";
import type { InviteAction as InviteActionType } from "../../gql/graphql";
import { countdownFrom, useNow } from "../../lib/use-now";
import { InviteDialog } from "./components/InviteDialog";
import { type InvitePerson, invitee } from "./components/invite-person";

type Props = InvitePerson & {
  /** "sm" in table rows, "md" in a page header. */
  size?: "xs" | "sm" | "md";
};

/**
 * The invite control for one person, driven only by the server's `portalStatus.action`:
 * SEND and RESEND open the confirmation dialog; without an action the state explains why.
 */
export function InviteAction({ size = "xs", ...person }: Props) {
  const [opened, setOpened] = useState(false);
  // Mounted from the first open on, so closing plays the modal's exit transition.
  const [everOpened, setEverOpened] = useState(false);
  const [mode, setMode] = useState<InviteActionType>("SEND");
  const open = (action: InviteActionType) => {
    setMode(action);
    setEverOpened(true);
    setOpened(true);
  };
  const now = useNow();
  const noteId = useId();
  const { state, action, reason, resendAvailableAt } = invitee(person).portalStatus;
  const noteSize = size === "md" ? "sm" : "xs";

  let control: React.ReactNode;
  if (action === "SEND" || action === "RESEND") {
    const resend = action === "RESEND";
    const warn = state === "BOUNCED" ? "red" : state === "INVITE_EXPIRED" ? "orange" : null;
    control = (
      <>
        <Button
          size={size}
          variant={resend ? "light" : "filled"}
          leftSection={resend ? <IconRefresh size={14} /> : <IconSend size={14} />}
          onClick={() => open(action)}
          aria-describedby={warn ? noteId : undefined}
        >
          {resend ? "Resend Invite" : "Send Invite"}
        </Button>
        {warn && (
          <Text id={noteId} size={noteSize} c={warn} maw={260}>
            {reason}
          </Text>
        )}
      </>
    );
  } else if (state === "INVITED") {
    control = (
      <>
        <Group gap={6} wrap="nowrap">
          <Button
            size={size}
            variant="light"
            leftSection={<IconRefresh size={14} />}
            disabled
            aria-describedby={noteId}
          >
            Resend Invite
          </Button>
          {/* Nothing is emailed in person, so the cooldown does not hold it back. */}
          <Button size={size} variant="subtle" leftSection={<IconQrcode size={14} />} onClick={() => open("RESEND")}>
            In person
          </Button>
        </Group>
        <Text id={noteId} size={noteSize} c="dimmed">
          {resendAvailableAt
            ? `available in ${compactDuration(countdownFrom(now), new Date(resendAvailableAt))}`
            : reason}
        </Text>
      </>
    );
  } else if (state === "IN_PORTAL") {
    control = (
      <Badge color="teal" variant="filled" size={size === "md" ? "lg" : "md"} radius="sm">
        IN PORTAL
      </Badge>
    );
  } else {
    control = (
      <Text size={noteSize} c="dimmed" maw={260}>
        {reason}
      </Text>
    );
  }

  return (
    <Stack gap={4} align="flex-start">
      {control}
      {everOpened && <InviteDialog {...person} mode={mode} opened={opened} onClose={() => setOpened(false)} />}
    </Stack>
  );
}
