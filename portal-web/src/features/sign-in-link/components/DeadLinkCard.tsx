import { Alert, Button, Divider, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { IconClockExclamation, IconLinkOff, IconMailCheck, IconMailForward } from "@tabler/icons-react";
import { Link } from "react-router";
import type { PortalViewerFieldsFragment } from "../../../gql/graphql";
import { usePortalViewer } from "../../session/api/portal-viewer";
import { LinkRequestFlow } from "../../sign-in/LinkRequestFlow";
import type { DeadLinkState } from "./ContinueCard";

const copy: Record<DeadLinkState, { title: string; body: string; icon: typeof IconLinkOff; color: string }> = {
  EXPIRED: {
    title: "This link has expired",
    body: "Sign-in links only work for a limited time. Enter your email address and we'll send you a fresh one.",
    icon: IconClockExclamation,
    color: "orange",
  },
  USED: {
    title: "This link has already been used",
    body: "Each sign-in link works once. Enter your email address and we'll send you a new one.",
    icon: IconMailCheck,
    color: "blue",
  },
  REPLACED: {
    title: "This link was replaced",
    body: "A newer sign-in link or invite was sent, or the email address on the account changed, so this one no longer works. Use the link in your latest email, or enter your email address and we'll send you a new one.",
    icon: IconMailForward,
    color: "blue",
  },
  INVALID: {
    title: "This link isn't valid",
    body: "Part of it may have been lost when it was copied. Enter your email address and we'll send you a new sign-in link.",
    icon: IconLinkOff,
    color: "red",
  },
};

type DeadLinkCardProps = { state: DeadLinkState; onSignedIn: (viewer: PortalViewerFieldsFragment) => void };

/** A link that no longer signs in: say why in plain words and offer a new one, whoever asks. */
export function DeadLinkCard({ state, onSignedIn }: DeadLinkCardProps) {
  const { title, body, icon: Icon, color } = copy[state];
  // Opening an old email again is the usual way here; someone still signed in just needs a way through.
  const viewer = usePortalViewer({ fetchPolicy: "cache-first" }).data?.portalViewer;

  return (
    <Stack gap="lg">
      <ThemeIcon size={48} radius="xl" variant="light" color={color} aria-hidden>
        <Icon size={26} stroke={1.7} />
      </ThemeIcon>
      <Stack gap={6}>
        <Title order={1} size="h2">
          {title}
        </Title>
        <Text c="dimmed">{body}</Text>
      </Stack>
      {viewer && (
        <Alert variant="light" title={`You're already signed in as ${viewer.name}`}>
          <Button component={Link} to="/" replace mt={4} size="sm">
            Go to your portal
          </Button>
        </Alert>
      )}
      <Divider />
      <Stack gap="sm">
        <Title order={2} size="h4">
          Email me a new sign-in link
        </Title>
        <LinkRequestFlow onSignedIn={onSignedIn} />
      </Stack>
    </Stack>
  );
}
