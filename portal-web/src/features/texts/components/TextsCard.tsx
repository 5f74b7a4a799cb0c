import { Alert, Button, Card, Checkbox, Group, SegmentedControl, Skeleton, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { errorInfo } from "@portico/web-core/errors";
import { shortDate } from "@portico/web-core/time";
import { useEffect, useState } from "react";
import type { MessageChannel, MyTextSettingsFragment } from "../../../gql/graphql";
import { useMyTexts, useUpdateMyTextSettings } from "../api/my-texts";

const CHANNELS: Array<{ value: MessageChannel; label: string }> = [
  { value: "EMAIL", label: "Email" },
  { value: "TEXT", label: "Text" },
  { value: "BOTH", label: "Both" },
];

/** How the person hears from the facility (email, text or both) and their consent to texts. */
export function TextsCard({ preview }: { preview: boolean }) {
  const { data, loading } = useMyTexts();
  const texts = data?.portalProfile.texts;
  return (
    <Card withBorder radius="lg" padding="lg" component="section" aria-labelledby="texts-heading">
      <Title order={2} size="h4" id="texts-heading" mb="xs">
        Texts
      </Title>
      {loading || !texts ? <Skeleton height={60} aria-busy="true" /> : <TextsForm texts={texts} preview={preview} />}
    </Card>
  );
}

function TextsForm({ texts, preview }: { texts: MyTextSettingsFragment; preview: boolean }) {
  const [channel, setChannel] = useState<MessageChannel>(texts.channel);
  const [consent, setConsent] = useState(texts.consentGiven);
  const [error, setError] = useState<string | null>(null);
  const [save, saving] = useUpdateMyTextSettings();
  useEffect(() => {
    setChannel(texts.channel);
    setConsent(texts.consentGiven);
  }, [texts.channel, texts.consentGiven]);

  if (!texts.phone) {
    return (
      <Text size="sm" c="dimmed">
        Add your mobile number above to get invites, reminders and sign-in links by text.
      </Text>
    );
  }
  const changed = channel !== texts.channel || consent !== texts.consentGiven;
  const submit = async () => {
    setError(null);
    try {
      await save({ variables: { input: { channel, consent } } });
      notifications.show({ color: "teal", message: "Text settings saved" });
    } catch (e) {
      setError(errorInfo(e).message);
    }
  };
  return (
    <Stack gap="sm">
      {texts.optedOut && texts.optedOutAt && (
        <Alert color="orange" variant="light">
          You replied STOP on {shortDate(new Date(texts.optedOutAt))}. Reply START to the same number to get texts
          again.
        </Alert>
      )}
      <Checkbox
        label={`Send me texts at ${texts.phoneDisplay ?? texts.phone}`}
        description="Message and data rates may apply. Reply STOP to any text to stop them."
        checked={consent}
        disabled={preview}
        onChange={(e) => {
          const on = e.currentTarget.checked;
          setConsent(on);
          if (!on) setChannel("EMAIL");
        }}
      />
      <Stack gap={4}>
        <Text size="sm" fw={500} id="my-channel-label">
          Reach me by
        </Text>
        <SegmentedControl
          aria-labelledby="my-channel-label"
          data={CHANNELS.map((c) => ({ ...c, disabled: preview || (c.value !== "EMAIL" && !consent) }))}
          value={channel}
          onChange={(v) => setChannel(v as MessageChannel)}
          fullWidth
        />
      </Stack>
      {error && (
        <Text size="sm" c="red.8" role="alert">
          {error}
        </Text>
      )}
      <Group justify="flex-end">
        <Button onClick={submit} loading={saving.loading} disabled={!changed || preview}>
          Save
        </Button>
      </Group>
    </Stack>
  );
}
