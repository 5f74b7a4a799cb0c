import { MultiSelect, Stack, Switch, Text } from "@mantine/core";
import { EXPIRY_DAYS, MAX_REMINDERS, type PortalSettingsFormApi, sortedDays } from "./portal-settings-form";
import { SettingsSection } from "./SettingsSection";

const DAY_OPTIONS = Array.from({ length: EXPIRY_DAYS.max }, (_, i) => ({
  value: String(i + 1),
  label: `Day ${i + 1}`,
}));

function daysInWords(days: number[]): string {
  const words = days.map(String);
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}

/** Automatic reminders of an invite nobody has accepted yet. */
export function InviteReminderSettings({
  form,
  readOnly,
  timeZone,
}: {
  form: PortalSettingsFormApi;
  readOnly: boolean;
  timeZone: string;
}) {
  const { inviteRemindersEnabled: enabled, inviteReminderDays, inviteExpiryDays } = form.values;
  const days = sortedDays(inviteReminderDays);
  const expiry = Number(inviteExpiryDays);
  const onExpiryDay = Number.isInteger(expiry) && days.includes(expiry);
  const summary = !enabled
    ? "No reminders go out. Staff can still stop or send a reminder for one person."
    : days.length === 0
      ? "Pick at least one day, or turn reminders off."
      : `People who have not signed in get a new link on ${days.length === 1 ? "day" : "days"} ${daysInWords(days)} after the invite, between 9:00 and 18:00 (${timeZone}).${
          onExpiryDay ? ` The day-${expiry} reminder goes out a day early, while its link still works.` : ""
        }`;

  return (
    <SettingsSection
      id="invite-reminders-heading"
      title="Invite reminders"
      description="A reminder with a fresh sign-in link for invites not accepted yet, by email or text as each person chose (texts only with their consent). Reminders stop the moment the person signs in, and never go to an address that bounced."
    >
      <Stack gap="lg">
        <Switch
          label="Send invite reminders"
          description="Applies to every pending invite, including those already sent."
          disabled={readOnly}
          {...form.getInputProps("inviteRemindersEnabled", { type: "checkbox" })}
        />
        <MultiSelect
          label="Reminder days"
          description={`Days after the invite, up to ${MAX_REMINDERS}.`}
          placeholder={inviteReminderDays.length < MAX_REMINDERS ? "Add a day" : undefined}
          data={DAY_OPTIONS}
          maxValues={MAX_REMINDERS}
          hidePickedOptions
          readOnly={readOnly}
          disabled={!enabled && !readOnly}
          variant={readOnly ? "filled" : "default"}
          maw={360}
          comboboxProps={{ withinPortal: true }}
          {...form.getInputProps("inviteReminderDays")}
          onChange={(value) => form.setFieldValue("inviteReminderDays", sortedDays(value).map(String))}
        />
        <Text size="sm" c="dimmed" aria-live="polite">
          {summary}
        </Text>
      </Stack>
    </SettingsSection>
  );
}
