import { Alert, Anchor, Button, Divider, Stack, Text } from "@mantine/core";
import { useInterval } from "@mantine/hooks";
import { IconAlertCircle, IconMailForward } from "@tabler/icons-react";
import { useState } from "react";
import type { PortalViewerFieldsFragment } from "../../../gql/graphql";
import { portalError } from "../../../lib/errors";
import { useRequestSignInLink } from "../api/request-sign-in-link";
import { CodeForm } from "./CodeForm";

// The server sends at most one sign-in email a minute per address; asking sooner gets the same
// reassuring answer and no email, so the button waits instead of pretending.
const RESEND_AFTER_SECONDS = 60;

type SentPanelProps = {
  email: string;
  message: string;
  onChangeEmail: () => void;
  onSignedIn: (viewer: PortalViewerFieldsFragment) => void;
};

/** After "Email me a sign-in link": the server's words, then a code, another link, or another address. */
export function SentPanel({ email, message: initialMessage, onChangeEmail, onSignedIn }: SentPanelProps) {
  const [message, setMessage] = useState(initialMessage);
  const [enteringCode, setEnteringCode] = useState(false);
  const [waitSeconds, setWaitSeconds] = useState(RESEND_AFTER_SECONDS);
  const [failure, setFailure] = useState<string | null>(null);
  const [request, { loading }] = useRequestSignInLink();
  useInterval(() => setWaitSeconds((s) => Math.max(0, s - 1)), 1000, { autoInvoke: true });

  const resend = async () => {
    setFailure(null);
    try {
      const { data } = await request({ variables: { email } });
      if (data) setMessage(data.requestSignInLink.message);
      setWaitSeconds(RESEND_AFTER_SECONDS);
    } catch (error) {
      setFailure(portalError(error).message);
    }
  };

  return (
    <Stack gap="md">
      <Alert variant="light" icon={<IconMailForward size={20} />} title="Check your email" role="status">
        {message}
      </Alert>
      <Text size="sm" c="dimmed">
        Sent to{" "}
        <Text span fw={600} c="var(--mantine-color-text)">
          {email}
        </Text>
        .{" "}
        <Anchor component="button" type="button" size="sm" onClick={onChangeEmail}>
          Use a different email
        </Anchor>
      </Text>

      <Divider />

      {enteringCode ? (
        <CodeForm email={email} onSignedIn={onSignedIn} />
      ) : (
        <Button variant="light" size="md" fullWidth onClick={() => setEnteringCode(true)}>
          Have a code? Enter it
        </Button>
      )}

      {failure && (
        <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
          {failure}
        </Alert>
      )}
      <Text size="sm" c="dimmed" ta="center">
        Didn't get it?{" "}
        {waitSeconds > 0 ? (
          <span>You can send another in {waitSeconds} s.</span>
        ) : (
          <Anchor component="button" type="button" size="sm" onClick={resend} disabled={loading}>
            {loading ? "Sending…" : "Send another link"}
          </Anchor>
        )}
      </Text>
    </Stack>
  );
}
