import { Text, Textarea } from "@mantine/core";
import { type PortalSettingsFormApi, WELCOME_MAX } from "./portal-settings-form";
import { SettingsSection } from "./SettingsSection";

/** The welcome message at the top of every invite email. */
export function InviteEmailSettings({
  form,
  readOnly,
  facilityName,
}: {
  form: PortalSettingsFormApi;
  readOnly: boolean;
  facilityName: string;
}) {
  const { welcomeMessage } = form.values;

  return (
    <SettingsSection
      id="email-settings-heading"
      title="Invite email"
      description="A few words from your team at the top of every invite, above the sign-in button."
    >
      <Textarea
        label="Welcome message"
        description="Shown in the invite email. Leave it empty for none."
        placeholder={`Welcome to ${facilityName}'s customer portal: your cars, invoices and documents in one place.`}
        autosize
        minRows={4}
        maxRows={10}
        readOnly={readOnly}
        variant={readOnly ? "filled" : "default"}
        {...form.getInputProps("welcomeMessage")}
      />
      <Text
        size="xs"
        c={welcomeMessage.length > WELCOME_MAX ? "red" : "dimmed"}
        ta="right"
        mt={4}
        aria-live="polite"
        data-testid="welcome-count"
      >
        {welcomeMessage.length} / {WELCOME_MAX}
      </Text>
    </SettingsSection>
  );
}
