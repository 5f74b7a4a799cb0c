import { ActionIcon, Box, Group, Text, Textarea, Tooltip } from "@mantine/core";
import { errorInfo } from "@portico/web-core/errors";
import { IconSend } from "@tabler/icons-react";
import { useRef, useState } from "react";
import { useSendMessage } from "../api/send-message";

/** The server's limit; counting starts near it so a long reply is not refused by surprise. */
export const MAX_MESSAGE_LENGTH = 5000;

type Props = {
  customerId: string;
  customerName: string;
  /** Called after a message is sent, so the thread can scroll to it. */
  onSent?: () => void;
};

/** Enter sends, Shift+Enter starts a new line; blank messages are never sent. */
export function Composer({ customerId, customerName, onSent }: Props) {
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [send, { loading }] = useSendMessage(customerId);
  const input = useRef<HTMLTextAreaElement>(null);
  const text = body.trim();
  const tooLong = text.length > MAX_MESSAGE_LENGTH;

  const submit = async () => {
    if (loading) return;
    if (!text) {
      setError("Write a message first");
      return;
    }
    if (tooLong) return;
    setError(null);
    try {
      await send({ variables: { customerId, body: text } });
      setBody("");
      onSent?.();
      input.current?.focus();
    } catch (e) {
      // The draft stays, so nothing typed is lost.
      setError(errorInfo(e).message);
    }
  };

  return (
    <Box
      component="form"
      p="sm"
      style={{ borderTop: "1px solid var(--mantine-color-default-border)" }}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <Textarea
          ref={input}
          aria-label={`Message to ${customerName}`}
          placeholder={`Write to ${customerName}…`}
          autosize
          minRows={1}
          maxRows={6}
          radius="lg"
          style={{ flex: 1 }}
          value={body}
          error={
            error ?? (tooLong ? `Messages are at most ${MAX_MESSAGE_LENGTH.toLocaleString()} characters` : undefined)
          }
          onChange={(e) => {
            setBody(e.currentTarget.value);
            if (error) setError(null);
          }}
          onKeyDown={(e) => {
            // Enter while an input method is composing (Japanese, Chinese…) picks a word, not send.
            if (e.key === "Enter" && !e.shiftKey && !e.nativeEvent.isComposing) {
              e.preventDefault();
              void submit();
            }
          }}
        />
        <Tooltip label="Send (Enter)" withArrow>
          <ActionIcon
            type="submit"
            size={36}
            radius="xl"
            aria-label="Send message"
            loading={loading}
            disabled={!text || tooLong}
            mb={error || tooLong ? 22 : 0}
          >
            <IconSend size={18} />
          </ActionIcon>
        </Tooltip>
      </Group>
      <Group justify="space-between" gap="xs" mt={4} px={4} wrap="nowrap">
        <Text size="xs" c="dimmed" visibleFrom="sm">
          Enter to send · Shift+Enter for a new line
        </Text>
        <Text size="xs" c="dimmed" ta="right" style={{ marginLeft: "auto" }}>
          {text.length > MAX_MESSAGE_LENGTH - 500
            ? `${text.length.toLocaleString()} / ${MAX_MESSAGE_LENGTH.toLocaleString()}`
            : `${customerName} and their portal contacts are emailed`}
        </Text>
      </Group>
    </Box>
  );
}
