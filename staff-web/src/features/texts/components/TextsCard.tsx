import {
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  SegmentedControl,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { errorInfo } from "@portico/web-core/errors";
import { dateTime, shortDate } from "@portico/web-core/time";
import { IconMessage } from "@tabler/icons-react";
import { useEffect, useId, useState } from "react";
import type { MessageChannel, TextDeliveryStatus, TextSettingsFieldsFragment } from "../../../gql/graphql";
import { type TextsPerson, useCustomerTexts, useSetTextSettings } from "../api/person-texts";

const CHANNELS: Array<{ value: MessageChannel; label: string }> = [
  { value: "EMAIL", label: "Email" },
  { value: "TEXT", label: "Text" },
  { value: "BOTH", label: "Both" },
];

const STATUS: Record<TextDeliveryStatus, { label: string; color: string }> = {
  QUEUED: { label: "Queued", color: "gray" },
  SENT: { label: "Sent", color: "blue" },
  DELIVERED: { label: "Delivered", color: "teal" },
  FAILED: { label: "Failed", color: "red" },
  UNDELIVERED: { label: "Undelivered", color: "red" },
};

const KIND: Record<string, string> = {
  INVITE: "Portal invite",
  INVITE_REMINDER: "Invite reminder",
  SIGN_IN_LINK: "Sign-in link",
  CARE_REMINDER: "Reminder",
};

/** The customer's channel (email, text or both), their consent to texts, a STOP, and the last texts. */
export function TextsCard({ customerId }: { customerId: string }) {
  const { data, loading } = useCustomerTexts(customerId);
  const texts = data?.customer.texts;
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="texts-heading">
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Title order={2} fz="h4" id="texts-heading">
          Texts
        </Title>
        {texts && <ConsentBadge texts={texts} />}
      </Group>
      {loading || !texts ? (
        <Stack gap="xs" aria-busy="true">
          <Skeleton height={16} width="70%" />
          <Skeleton height={32} />
        </Stack>
      ) : (
        <TextsForm person={{ customerId }} texts={texts} />
      )}
    </Card>
  );
}

/** Consent recorded, none, or a STOP: the person's state at a glance. */
export function ConsentBadge({ texts, size = "md" }: { texts: TextSettingsFieldsFragment; size?: "xs" | "sm" | "md" }) {
  if (texts.optedOut && texts.optedOutAt) {
    return (
      <Badge color="red" variant="light" size={size} data-testid="texts-state">
        Replied STOP on {shortDate(new Date(texts.optedOutAt))}
      </Badge>
    );
  }
  if (texts.canText) {
    return (
      <Badge color="teal" variant="light" size={size} data-testid="texts-state">
        Consent recorded
      </Badge>
    );
  }
  return (
    <Badge color="gray" variant="light" size={size} data-testid="texts-state">
      No consent
    </Badge>
  );
}

/** The channel, the consent record and the recent texts of a customer or one of their contacts. */
export function TextsForm({ person, texts }: { person: TextsPerson; texts: TextSettingsFieldsFragment }) {
  const [channel, setChannel] = useState<MessageChannel>(texts.channel);
  const [consent, setConsent] = useState(texts.consentGiven);
  const [note, setNote] = useState("");
  const [save, saving] = useSetTextSettings(person);
  const channelLabel = useId();
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setChannel(texts.channel);
    setConsent(texts.consentGiven);
  }, [texts.channel, texts.consentGiven]);

  if (!texts.phone) {
    return (
      <Text size="sm" c="dimmed">
        {person.contactId
          ? "Add a mobile number to this contact (Edit) to send them texts."
          : "Add a mobile number to the profile to send texts."}
      </Text>
    );
  }
  const changed = channel !== texts.channel || consent !== texts.consentGiven || (consent && note.trim() !== "");
  const submit = async () => {
    setError(null);
    try {
      await save({
        variables: {
          input: {
            customerId: person.customerId,
            contactId: person.contactId ?? null,
            channel,
            consent,
            consentNote: consent && note.trim() ? note.trim() : null,
          },
        },
      });
      setNote("");
      notifications.show({ color: "teal", message: "Text settings saved" });
    } catch (e) {
      setError(errorInfo(e).message);
    }
  };

  return (
    <Stack gap="sm">
      {texts.optedOut && (
        <Text size="sm" c="red.8">
          The number replied STOP: no texts go to it until it replies START.
        </Text>
      )}
      <Stack gap={4}>
        <Text size="sm" fw={500} id={channelLabel}>
          Sends by
        </Text>
        <SegmentedControl
          aria-labelledby={channelLabel}
          data={CHANNELS.map((c) => ({ ...c, disabled: c.value !== "EMAIL" && !consent }))}
          value={channel}
          onChange={(v) => setChannel(v as MessageChannel)}
          fullWidth
          size="xs"
        />
      </Stack>
      <Checkbox
        label={
          <>
            Agreed to receive texts at <span style={{ whiteSpace: "nowrap" }}>{texts.phoneDisplay ?? texts.phone}</span>
          </>
        }
        checked={consent}
        onChange={(e) => {
          const on = e.currentTarget.checked;
          setConsent(on);
          if (!on) setChannel("EMAIL");
        }}
      />
      {texts.consentGiven && texts.consentAt && (
        <Text size="xs" c="dimmed">
          {texts.consentSource ?? "Consent recorded"} · {dateTime(new Date(texts.consentAt))}
        </Text>
      )}
      {consent && !texts.consentGiven && (
        <TextInput
          size="xs"
          label="How they agreed"
          placeholder="Said yes at the counter"
          maxLength={200}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
      )}
      <Text size="xs" c="dimmed" data-testid="texts-summary">
        {texts.channelSummary}.
      </Text>
      {error && (
        <Text size="sm" c="red.8" role="alert">
          {error}
        </Text>
      )}
      <Group justify="flex-end">
        <Button size="xs" onClick={submit} loading={saving.loading} disabled={!changed}>
          Save
        </Button>
      </Group>
      {texts.recentTexts.length > 0 && (
        <Stack gap={6} mt="xs">
          <Text size="xs" fw={600} c="dimmed" tt="uppercase">
            Recent texts
          </Text>
          {texts.recentTexts.map((t) => (
            <Group key={t.id} justify="space-between" wrap="nowrap" gap="xs">
              <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
                <IconMessage size={14} aria-hidden />
                <Text size="sm" truncate>
                  {KIND[t.kind] ?? t.kind}
                </Text>
                <Text size="xs" c="dimmed">
                  {shortDate(new Date(t.createdAt))}
                </Text>
              </Group>
              <Badge
                size="sm"
                variant="light"
                color={STATUS[t.deliveryStatus].color}
                title={t.deliveryDetail ?? undefined}
              >
                {STATUS[t.deliveryStatus].label}
              </Badge>
            </Group>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
