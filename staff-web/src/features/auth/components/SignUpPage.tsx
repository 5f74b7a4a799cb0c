import { Alert, Anchor, Button, PasswordInput, Select, Stack, Text, TextInput } from "@mantine/core";
import { errorInfo, formFieldErrors } from "@portico/web-core/errors";
import { IconAlertCircle, IconMailCheck } from "@tabler/icons-react";
import { useMemo, useState } from "react";
import { Link } from "react-router";
import { zoneLabel } from "../../../lib/dates";
import { INVALID_EMAIL, looksLikeEmail } from "../../../lib/forms";
import { useSignUpCountries } from "../api/sign-up-countries";
import { useSignUpFacility } from "../api/sign-up-facility";
import { useSignUpOpen } from "../api/sign-up-open";
import { AuthCard } from "./AuthCard";
import { localPasswordProblem } from "./ChoosePasswordPage";

/** The longest names the server takes (sign-up.service.ts). */
const NAME_MAX = 120;

type Values = {
  facilityName: string;
  timeZone: string;
  country: string;
  adminName: string;
  adminEmail: string;
  password: string;
  confirm: string;
};
type Errors = Partial<Record<keyof Values, string>>;

/** The browser's zone, the likeliest one for a facility signing up from it. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || "America/New_York";
  } catch {
    return "America/New_York";
  }
}

/** The country of the browser's language ("en-GB" → GB), or US. */
export function browserCountry(languages: readonly string[] = navigator.languages ?? [navigator.language]): string {
  for (const language of languages) {
    const region = /^[a-z]{2,3}-([A-Z]{2})\b/i.exec(language)?.[1];
    if (region) return region.toUpperCase();
  }
  return "US";
}

/** Checks that save a round trip; the server's rules decide. */
export function localSignUpErrors(values: Values): Errors {
  const errors: Errors = {};
  if (!values.facilityName.trim()) errors.facilityName = "Enter your facility's name";
  else if (values.facilityName.trim().length > NAME_MAX) errors.facilityName = `Use at most ${NAME_MAX} characters`;
  if (!values.adminName.trim()) errors.adminName = "Enter your name";
  else if (values.adminName.trim().length > NAME_MAX) errors.adminName = `Use at most ${NAME_MAX} characters`;
  if (!values.adminEmail.trim()) errors.adminEmail = "Enter your email";
  else if (!looksLikeEmail(values.adminEmail)) errors.adminEmail = INVALID_EMAIL;
  if (!values.timeZone) errors.timeZone = "Pick a time zone";
  if (!values.country) errors.country = "Pick a country";
  const password = localPasswordProblem(values.password, values.confirm);
  if (password) errors[password.startsWith("The two") ? "confirm" : "password"] = password;
  return errors;
}

function zoneOptions(current: string): Array<{ value: string; label: string }> {
  const zones = new Set(typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : []);
  zones.add("UTC");
  if (current) zones.add(current);
  const now = new Date();
  return [...zones].sort().map((zone) => ({ value: zone, label: zoneLabel(zone, now) }));
}

/** "Create your facility": the facility and its first admin, created once the email is confirmed. */
export function SignUpPage() {
  const open = useSignUpOpen();
  const countries = useSignUpCountries();
  const [signUp, { loading }] = useSignUpFacility();
  const [values, setValues] = useState<Values>(() => ({
    facilityName: "",
    timeZone: browserTimeZone(),
    country: browserCountry(),
    adminName: "",
    adminEmail: "",
    password: "",
    confirm: "",
  }));
  const [errors, setErrors] = useState<Errors>({});
  const [error, setError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const zones = useMemo(() => zoneOptions(values.timeZone), [values.timeZone]);
  const countryOptions = useMemo(() => {
    const list = (countries.data?.signUpCountries ?? []).map((c) => ({
      value: c.code,
      label: `${c.name} (+${c.callingCode})`,
    }));
    if (values.country && !list.some((c) => c.value === values.country)) {
      list.unshift({ value: values.country, label: values.country });
    }
    return list;
  }, [countries.data, values.country]);

  // Typing in a field clears its message; the next submit checks again.
  const set = (field: keyof Values) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors((e) => (e[field] ? { ...e, [field]: undefined } : e));
  };

  if (open.data && !open.data.signUpOpen) {
    return (
      <AuthCard title="Sign-up is closed">
        <Stack gap="md">
          <Text size="sm">This Portico does not take new facilities by sign-up. Ask its operator to create yours.</Text>
          <Anchor component={Link} to="/sign-in" size="sm" fw={600}>
            Back to sign in
          </Anchor>
        </Stack>
      </AuthCard>
    );
  }

  if (sentTo) {
    return (
      <AuthCard title="Check your email">
        <Stack gap="md">
          <Alert color="green" variant="light" icon={<IconMailCheck size={18} />}>
            We sent a link to <b>{sentTo}</b>. Open it within 24 hours to create {values.facilityName.trim()} and sign
            in.
          </Alert>
          <Text size="sm" c="dimmed">
            Nothing arrived after a few minutes? Check your spam folder. If this address already has a Portico account,
            sign in instead — or use "Forgot password?".
          </Text>
          <Anchor component="button" type="button" size="sm" fw={600} ta="left" onClick={() => setSentTo(null)}>
            Use a different email
          </Anchor>
          <Anchor component={Link} to="/sign-in" size="sm" fw={600}>
            Back to sign in
          </Anchor>
        </Stack>
      </AuthCard>
    );
  }

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const local = localSignUpErrors(values);
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    setError(null);
    try {
      const { confirm: _, ...input } = values;
      await signUp({
        variables: {
          input: {
            ...input,
            facilityName: input.facilityName.trim(),
            adminName: input.adminName.trim(),
            adminEmail: input.adminEmail.trim(),
          },
        },
      });
      setSentTo(values.adminEmail.trim());
      setValues((v) => ({ ...v, password: "", confirm: "" }));
    } catch (e) {
      const info = errorInfo(e);
      const fields = formFieldErrors(info) as Errors;
      const known = Object.keys(fields).filter((k) => k in values);
      if (known.length > 0) setErrors(fields);
      else setError(info.message);
    }
  };

  return (
    <AuthCard title="Create your facility" subtitle="Set up Portico for your business. It takes a minute.">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label="Facility name"
            placeholder="Harbor Point Storage"
            autoComplete="organization"
            autoFocus
            maxLength={NAME_MAX}
            value={values.facilityName}
            onChange={(e) => set("facilityName")(e.currentTarget.value)}
            error={errors.facilityName}
          />
          <Select
            label="Time zone"
            description="Event times and due dates follow it."
            searchable
            allowDeselect={false}
            nothingFoundMessage="No time zone matches"
            maxDropdownHeight={280}
            comboboxProps={{ withinPortal: true, keepMounted: false }}
            data={zones}
            value={values.timeZone}
            onChange={(zone) => zone && set("timeZone")(zone)}
            error={errors.timeZone}
          />
          <Select
            key={countries.data ? "named" : "codes"}
            label="Country"
            description="Phone numbers typed without + belong to it."
            searchable
            allowDeselect={false}
            nothingFoundMessage="No country matches"
            maxDropdownHeight={280}
            comboboxProps={{ withinPortal: true }}
            data={countryOptions}
            value={values.country}
            onChange={(code) => code && set("country")(code)}
            error={errors.country}
          />
          <TextInput
            label="Your name"
            placeholder="Alex Morgan"
            autoComplete="name"
            maxLength={NAME_MAX}
            value={values.adminName}
            onChange={(e) => set("adminName")(e.currentTarget.value)}
            error={errors.adminName}
          />
          <TextInput
            label="Your email"
            description="You'll confirm it before the facility is created; you sign in with it."
            type="email"
            autoComplete="username"
            placeholder="you@facility.com"
            maxLength={254}
            value={values.adminEmail}
            onChange={(e) => set("adminEmail")(e.currentTarget.value)}
            error={errors.adminEmail}
          />
          <PasswordInput
            label="Password"
            description="At least 8 characters; a few unrelated words work well."
            autoComplete="new-password"
            maxLength={256}
            value={values.password}
            onChange={(e) => set("password")(e.currentTarget.value)}
            error={errors.password}
          />
          <PasswordInput
            label="Repeat the password"
            autoComplete="new-password"
            maxLength={256}
            value={values.confirm}
            onChange={(e) => set("confirm")(e.currentTarget.value)}
            error={errors.confirm}
          />
          {error && (
            <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert" py="xs">
              {error}
            </Alert>
          )}
          <Button type="submit" fullWidth size="md" loading={loading}>
            Create my facility
          </Button>
          <Text size="sm" ta="center">
            Already on Portico?{" "}
            <Anchor component={Link} to="/sign-in" fw={600}>
              Sign in
            </Anchor>
          </Text>
        </Stack>
      </form>
    </AuthCard>
  );
}
