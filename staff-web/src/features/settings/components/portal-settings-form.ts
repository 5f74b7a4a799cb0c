import { useForm } from "@mantine/form";
import type { PortalSettingsFieldsFragment, PortalSettingsInput, SignInMethod } from "../../../gql/graphql";

export const WELCOME_MAX = 1000;
export const EXPIRY_DAYS = { min: 1, max: 30 } as const;
export const COOLDOWN_HOURS = { min: 1, max: 168 } as const;

export type PortalSettingsValues = {
  signInMethod: SignInMethod;
  inviteExpiryDays: number | string;
  resendCooldownHours: number | string;
  welcomeMessage: string;
};

export function settingsValues(facility: PortalSettingsFieldsFragment): PortalSettingsValues {
  return {
    signInMethod: facility.signInMethod,
    inviteExpiryDays: facility.inviteExpiryDays,
    resendCooldownHours: facility.resendCooldownHours,
    welcomeMessage: facility.welcomeMessage ?? "",
  };
}

function wholeNumberIn(value: number | string, { min, max }: { min: number; max: number }): boolean {
  return typeof value === "number" && Number.isInteger(value) && value >= min && value <= max;
}

export function usePortalSettingsForm(initialValues: PortalSettingsValues) {
  return useForm<PortalSettingsValues>({
    mode: "controlled",
    initialValues,
    validate: {
      inviteExpiryDays: (v) =>
        wholeNumberIn(v, EXPIRY_DAYS)
          ? null
          : `Enter a whole number of days from ${EXPIRY_DAYS.min} to ${EXPIRY_DAYS.max}`,
      resendCooldownHours: (v) =>
        wholeNumberIn(v, COOLDOWN_HOURS)
          ? null
          : `Enter a whole number of hours from ${COOLDOWN_HOURS.min} to ${COOLDOWN_HOURS.max}`,
      welcomeMessage: (v) =>
        v.length <= WELCOME_MAX ? null : `Keep the welcome message to ${WELCOME_MAX} characters or fewer`,
    },
  });
}

export function toPortalSettingsInput(values: PortalSettingsValues): PortalSettingsInput {
  const message = values.welcomeMessage.trim();
  return {
    signInMethod: values.signInMethod,
    inviteExpiryDays: Number(values.inviteExpiryDays),
    resendCooldownHours: Number(values.resendCooldownHours),
    welcomeMessage: message ? message : null,
  };
}

/** "24 hours (1 day)", "36 hours (1.5 days)", "5 hours". */
export function hoursInWords(hours: number): string {
  const h = `${hours} ${hours === 1 ? "hour" : "hours"}`;
  if (hours < 24) return h;
  const days = Math.round((hours / 24) * 10) / 10;
  return `${h} (${days} ${days === 1 ? "day" : "days"})`;
}
