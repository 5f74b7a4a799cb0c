import { ActionIcon, Alert, Group, Stack, Text, Textarea } from "@mantine/core";
import { IconSend } from "@tabler/icons-react";
import { type KeyboardEvent, useState } from "react";
import { portalError } from "../../../lib/errors";
import { useSendPortalMessage } from "../api/send-portal-message";
import classes from "./MessagesPage.module.css";

export const MAX_MESSAGE_LENGTH = 5000;

/** Enter sends, Shift+Enter starts a new line; what was typed comes back if sending fails. */
export function Composer({ disabled = false }: { disabled?: boolean }) {
  const [body, setBody] = useState("");
  const [failure, setFailure] = useState<string | null>(null);
  const [send, { loading }] = useSendPortalMessage();
  const text = body.trim();
  const tooLong = body.length > MAX_MESSAGE_LENGTH;

  const submit = async () => {
    if (!text || tooLong || loading || disabled) return;
    setFailure(null);
    const sent = body;
    setBody("");
    try {
      await send({ variables: { body: text } });
    } catch (error) {
      setBody(sent);
      setFailure(portalError(error).message);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // Composing (an IME candidate window, for one) also presses Enter: that Enter is not "send".
    if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void submit();
    }
  };

  return (
    <Stack gap={6} className={classes.composer}>
      {failure && (
        <Alert color="red" variant="light" py="xs" role="alert">
          {failure}
        </Alert>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <Textarea
            aria-label="Message"
            placeholder={disabled ? "Messages can't be sent from a preview" : "Write a message…"}
            autosize
            minRows={1}
            maxRows={6}
            radius="lg"
            size="md"
            value={body}
            onChange={(event) => setBody(event.currentTarget.value)}
            onKeyDown={onKeyDown}
            disabled={disabled}
            error={
              tooLong ? `Messages are at most ${MAX_MESSAGE_LENGTH.toLocaleString("en-US")} characters` : undefined
            }
            className={classes.input}
          />
          <ActionIcon
            type="submit"
            size={42}
            radius="xl"
            aria-label="Send"
            loading={loading}
            disabled={disabled || !text || tooLong}
          >
            <IconSend size={20} />
          </ActionIcon>
        </Group>
      </form>
      <Text size="xs" c="dimmed" visibleFrom="sm">
        Enter to send · Shift+Enter for a new line
        {body.length > MAX_MESSAGE_LENGTH - 500 &&
          ` · ${body.length.toLocaleString("en-US")} / ${MAX_MESSAGE_LENGTH.toLocaleString("en-US")}`}
      </Text>
    </Stack>
  );
}
