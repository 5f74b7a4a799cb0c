import { Alert, Stack } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { errorInfo, formFieldErrors } from "@portico/web-core/errors";
import { IconCheck, IconLock } from "@tabler/icons-react";
import { useState } from "react";
import type { PortalSettingsFieldsFragment } from "../../../gql/graphql";
import { useUpdatePortalSettings } from "../api/update-portal-settings";
import { InviteEmailSettings } from "./InviteEmailSettings";
import { InviteReminderSettings } from "./InviteReminderSettings";
import { InviteSettings } from "./InviteSettings";
import { LocaleSettings } from "./LocaleSettings";
import { OnboardingSettings } from "./OnboardingSettings";
import { PaymentSettings } from "./PaymentSettings";
import { PortalSectionsSettings } from "./PortalSectionsSettings";
import {
  type PortalSettingsValues,
  settingsValues,
  toPortalSettingsInput,
  usePortalSettingsForm,
} from "./portal-settings-form";
import { SettingsSaveBar } from "./SettingsSaveBar";
import { SignInMethodSettings } from "./SignInMethodSettings";

const ADMINS_ONLY = "Only admins can change portal settings";
/** The fields the server may name in a validation error; any other error shows above the buttons. */
const FIELDS = [
  "signInMethod",
  "inviteExpiryDays",
  "resendCooldownHours",
  "inviteReminderDays",
  "welcomeMessage",
  "sections",
  "offlinePaymentInstructions",
  "allowEstimateLineChoice",
  "timeZone",
  "country",
];

/** Every portal setting saved at once: the sections each edit their part of one form. */
export function PortalSettingsForm({
  facility,
  canEdit,
  onForbidden,
}: {
  facility: PortalSettingsFieldsFragment;
  canEdit: boolean;
  /** The server refused: the viewer's role changed since the page loaded. */
  onForbidden: () => void;
}) {
  const form = usePortalSettingsForm(settingsValues(facility));
  const [save, { loading }] = useUpdatePortalSettings();
  const [error, setError] = useState<string | null>(null);
  const readOnly = !canEdit;

  const submit = form.onSubmit(async (v: PortalSettingsValues) => {
    setError(null);
    try {
      await save({ variables: { input: toPortalSettingsInput(v) } });
      notifications.show({ color: "teal", icon: <IconCheck size={18} />, message: "Portal settings saved" });
    } catch (e) {
      const info = errorInfo(e);
      if (info.code === "FORBIDDEN") {
        setError(`${ADMINS_ONLY}. Your changes were not saved.`);
        onForbidden();
        return;
      }
      const fields = Object.fromEntries(Object.entries(formFieldErrors(info)).filter(([k]) => FIELDS.includes(k)));
      if (Object.keys(fields).length > 0) form.setErrors(fields);
      else setError(info.message);
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Portal settings">
      <Stack gap="xl">
        {readOnly && (
          <Alert color="gray" variant="light" icon={<IconLock size={18} />} title={ADMINS_ONLY}>
            You can see how the portal is set up. Ask an admin of {facility.name} to change it.
          </Alert>
        )}
        <PortalSectionsSettings form={form} readOnly={readOnly} />
        <OnboardingSettings form={form} readOnly={readOnly} stripeConnected={facility.stripeConnected} />
        <PaymentSettings form={form} readOnly={readOnly} stripeConnected={facility.stripeConnected} />
        <SignInMethodSettings form={form} readOnly={readOnly} savedMethod={facility.signInMethod} />
        <InviteSettings form={form} readOnly={readOnly} />
        <InviteReminderSettings form={form} readOnly={readOnly} timeZone={facility.timeZone} />
        <InviteEmailSettings form={form} readOnly={readOnly} facilityName={facility.name} />
        <LocaleSettings form={form} readOnly={readOnly} savedTimeZone={facility.timeZone} />
        <SettingsSaveBar
          error={error}
          canEdit={canEdit}
          dirty={form.isDirty()}
          saving={loading}
          onDiscard={() => form.reset()}
        />
      </Stack>
    </form>
  );
}
