import { clockInZone } from "../../../lib/dates";
import { CountrySelect } from "./CountrySelect";
import type { PortalSettingsFormApi } from "./portal-settings-form";
import { SettingsSection } from "./SettingsSection";
import { TimeZoneSelect } from "./TimeZoneSelect";

/** Where the facility is: its time zone and the country its phone numbers are read in. */
export function LocaleSettings({
  form,
  readOnly,
  savedTimeZone,
}: {
  form: PortalSettingsFormApi;
  readOnly: boolean;
  savedTimeZone: string;
}) {
  const { values } = form;
  const now = clockInZone(new Date(), values.timeZone);

  return (
    <SettingsSection
      id="time-zone-heading"
      title="Time zone and country"
      description="Where your facility is. Event times in the portal, the schedule and emails are written in it, and it decides when an invoice becomes overdue."
    >
      <TimeZoneSelect
        label="Facility time zone"
        description={
          values.timeZone === savedTimeZone
            ? `It is ${now} there now.`
            : `It is ${now} there now. Emails already sent keep the times they were written with.`
        }
        readOnly={readOnly}
        variant={readOnly ? "filled" : "default"}
        styles={{ wrapper: { maxWidth: 420 } }}
        value={values.timeZone}
        onChange={(zone) => form.setFieldValue("timeZone", zone)}
        error={form.errors.timeZone}
      />
      <CountrySelect
        label="Country"
        description="Phone numbers typed without + are read as numbers of this country, and shown in its format."
        mt="md"
        readOnly={readOnly}
        variant={readOnly ? "filled" : "default"}
        styles={{ wrapper: { maxWidth: 420 } }}
        value={values.country}
        onChange={(code) => form.setFieldValue("country", code)}
        error={form.errors.country}
      />
    </SettingsSection>
  );
}
