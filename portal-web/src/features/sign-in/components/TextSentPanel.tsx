import { Alert, Anchor, Divider, Stack, Text } from "@mantine/core";
import { useInterval } from "@mantine/hooks";
import { IconAlertCircle, IconMessage } from "@tabler/icons-react";
import { useState } from "react";
import type { PortalViewerFieldsFragment } from "../../../gql/graphql";
import { portalError } from "../../../lib/errors";
import { useRequestSignInText } from "../api/request-sign-in-text";
import { TextCodeForm } from "./TextCodeForm";

// The server sends at most one sign-in text a minute per number; the button waits rather than pretend.
const RESEND_AFTER_SECONDS = 60;

type TextSentPanelProps = {
  facility: string;
  phone: string;
  message: string;
  onChangePhone: () => void;
  onSignedIn: (viewer: PortalViewerFieldsFragment) => void;
};

/** After "Text me a link": the server's words, the code from the text, another text or another number. */
export function TextSentPanel({
  facility,
  phone,
  message: initialMessage,
  onChangePhone,
  onSignedIn,
}: TextSentPanelProps) {
  const [message, setMessage] = useState(initialMessage);
  const [waitSeconds, setWaitSeconds] = useState(RESEND_AFTER_SECONDS);
  const [failure, setFailure] = useState<string | null>(null);
  const [request, { loading }] = useRequestSignInText();
  useInterval(() => setWaitSeconds((s) => Math.max(0, s - 1)), 1000, { autoInvoke: true });

  const resend = async () => {
    setFailure(null);
    try {
      const { data } = await request({ variables: { facility, phone } });
      if (data) setMessage(data.requestSignInText.message);
      setWaitSeconds(RESEND_AFTER_SECONDS);
    } catch (error) {
      setFailure(portalError(error).message);
    }
  };

  return (
    <Stack gap="md">
      <Alert variant="light" icon={<IconMessage size={20} />} title="Check your texts" role="status">
        {message}
      </Alert>
      <Text size="sm" c="dimmed">
        Sent to{" "}
        <Text span fw={600} c="var(--mantine-color-text)">
          {phone}
        </Text>
        .{" "}
        <Anchor component="button" type="button" size="sm" onClick={onChangePhone}>
          Use a different number
        </Anchor>
      </Text>

      <Divider />

      <TextCodeForm facility={facility} phone={phone} onSignedIn={onSignedIn} />

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
            {loading ? "Sending…" : "Send another text"}
          </Anchor>
        )}
      </Text>
    </Stack>
  );
}
