import { NumberInput, Stack } from "@mantine/core";
import { COOLDOWN_HOURS, EXPIRY_DAYS, hoursInWords, type PortalSettingsFormApi } from "./portal-settings-form";
import { SettingsSection } from "./SettingsSection";

/** Numbers of a few digits: a field the width of the card reads as a place for text. */
const NARROW_INPUT = { wrapper: { maxWidth: 200 } };

/** How long an invite link works, and how long before it can be sent again. */
export function InviteSettings({ form, readOnly }: { form: PortalSettingsFormApi; readOnly: boolean }) {
  const { values } = form;
  const cooldown = typeof values.resendCooldownHours === "number" ? values.resendCooldownHours : null;
  const expiry = typeof values.inviteExpiryDays === "number" ? values.inviteExpiryDays : null;

  return (
    <SettingsSection
      id="invites-settings-heading"
      title="Invites"
      description="How long an invite link works, and how long staff wait before Resend Invite is offered again. Changes apply to invites sent from now on."
    >
      <Stack gap="lg">
        <NumberInput
          label="Invite link expiry"
          description={`${EXPIRY_DAYS.min} to ${EXPIRY_DAYS.max} days.${
            expiry ? ` Links in new invites work for ${expiry} ${expiry === 1 ? "day" : "days"}.` : ""
          }`}
          suffix={expiry === 1 ? " day" : " days"}
          min={EXPIRY_DAYS.min}
          max={EXPIRY_DAYS.max}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="none"
          readOnly={readOnly}
          variant={readOnly ? "filled" : "default"}
          styles={NARROW_INPUT}
          {...form.getInputProps("inviteExpiryDays")}
        />
        <NumberInput
          label="Resend cooldown"
          description={`${COOLDOWN_HOURS.min} to ${COOLDOWN_HOURS.max} hours.${
            cooldown ? ` Resend Invite is offered again ${hoursInWords(cooldown)} after an invite.` : ""
          }`}
          suffix={cooldown === 1 ? " hour" : " hours"}
          min={COOLDOWN_HOURS.min}
          max={COOLDOWN_HOURS.max}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="none"
          readOnly={readOnly}
          variant={readOnly ? "filled" : "default"}
          styles={NARROW_INPUT}
          {...form.getInputProps("resendCooldownHours")}
        />
      </Stack>
    </SettingsSection>
  );
}
