import { type UseFormReturnType, useForm } from "@mantine/form";
import type {
  OnboardingStepsInput,
  PortalSection,
  PortalSettingsFieldsFragment,
  PortalSettingsInput,
  SignInMethod,
} from "../../../gql/graphql";

export const WELCOME_MAX = 1000;
export const PAYMENT_INSTRUCTIONS_MAX = 2000;

/** The portal's sections in the order its navigation shows them. */
export const PORTAL_SECTIONS: Array<{ value: PortalSection; label: string; description: string }> = [
  { value: "VEHICLES", label: "Vehicles", description: "Cars with photos, status, history and condition reports" },
  { value: "BILLING", label: "Billing", description: "Invoices, balance due and payments" },
  { value: "DOCUMENTS", label: "Documents", description: "Shared files, and contracts to sign" },
  { value: "EVENTS", label: "Events & schedule", description: "Appointments, pick-ups and social events" },
  { value: "MESSAGES", label: "Messages", description: "A conversation with your team" },
  { value: "ESTIMATES", label: "Estimates", description: "Quotes to accept or decline" },
  { value: "SERVICE_REQUESTS", label: "Service requests", description: "Asking for work on a car" },
];

export const ONBOARDING_STEPS: Array<{ key: keyof OnboardingStepsInput; label: string; description: string }> = [
  { key: "signContracts", label: "Sign contracts", description: "Documents shared with them that need a signature" },
  { key: "addPaymentMethod", label: "Add a payment method", description: "A card on file for invoices" },
  { key: "completeProfile", label: "Complete profile", description: "Phone, address and communication preferences" },
];
export const EXPIRY_DAYS = { min: 1, max: 30 } as const;
export const COOLDOWN_HOURS = { min: 1, max: 168 } as const;
export const MAX_REMINDERS = 3;

/**
 * What is wrong with the reminder days for links of `expiryDays`, as the server words it, or null.
 * A reminder on the expiry day itself goes out a day early, while its link still works.
 */
export function reminderDaysError(days: string[], expiryDays: number | string): string | null {
  if (days.length > MAX_REMINDERS) return `At most ${MAX_REMINDERS} reminders`;
  const expiry = Number(expiryDays);
  if (!Number.isInteger(expiry)) return null;
  const late = days.map(Number).find((day) => day > expiry);
  return late === undefined
    ? null
    : `A reminder on day ${late} would come after the invite link expires (${expiry} ${expiry === 1 ? "day" : "days"}): pick an earlier day or a longer expiry`;
}

/** Days ascending, as numbers. */
export function sortedDays(days: string[]): number[] {
  return days
    .map(Number)
    .filter((d) => Number.isInteger(d))
    .sort((a, b) => a - b);
}

export type PortalSettingsValues = {
  signInMethod: SignInMethod;
  inviteExpiryDays: number | string;
  resendCooldownHours: number | string;
  inviteRemindersEnabled: boolean;
  /** Days after the invite, as the picker holds them ("3", "7"). */
  inviteReminderDays: string[];
  welcomeMessage: string;
  sections: PortalSection[];
  onboarding: OnboardingStepsInput;
  offlinePaymentInstructions: string;
  allowEstimateLineChoice: boolean;
  timeZone: string;
  country: string;
};

export function settingsValues(facility: PortalSettingsFieldsFragment): PortalSettingsValues {
  return {
    signInMethod: facility.signInMethod,
    inviteExpiryDays: facility.inviteExpiryDays,
    resendCooldownHours: facility.resendCooldownHours,
    inviteRemindersEnabled: facility.inviteRemindersEnabled,
    inviteReminderDays: facility.inviteReminderDays.map(String),
    welcomeMessage: facility.welcomeMessage ?? "",
    // In the portal's order, so the form is clean again after a save whatever order the server uses.
    sections: PORTAL_SECTIONS.map((s) => s.value).filter((s) => facility.sections.includes(s)),
    onboarding: {
      signContracts: facility.onboarding.signContracts,
      addPaymentMethod: facility.onboarding.addPaymentMethod,
      completeProfile: facility.onboarding.completeProfile,
    },
    offlinePaymentInstructions: facility.offlinePaymentInstructions ?? "",
    allowEstimateLineChoice: facility.allowEstimateLineChoice,
    timeZone: facility.timeZone,
    country: facility.country,
  };
}

function wholeNumberIn(value: number | string, { min, max }: { min: number; max: number }): boolean {
  return typeof value === "number" && Number.isInteger(value) && value >= min && value <= max;
}

/** The form every portal settings section edits its own fields of. */
export type PortalSettingsFormApi = UseFormReturnType<PortalSettingsValues>;

export function usePortalSettingsForm(initialValues: PortalSettingsValues): PortalSettingsFormApi {
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
      inviteReminderDays: (v, values) =>
        values.inviteRemindersEnabled || v.length > 0 ? reminderDaysError(v, values.inviteExpiryDays) : null,
      welcomeMessage: (v) =>
        v.length <= WELCOME_MAX ? null : `Keep the welcome message to ${WELCOME_MAX} characters or fewer`,
      offlinePaymentInstructions: (v) =>
        v.length <= PAYMENT_INSTRUCTIONS_MAX
          ? null
          : `Keep the instructions to ${PAYMENT_INSTRUCTIONS_MAX} characters or fewer`,
    },
  });
}

export function toPortalSettingsInput(values: PortalSettingsValues): PortalSettingsInput {
  const message = values.welcomeMessage.trim();
  const instructions = values.offlinePaymentInstructions.trim();
  return {
    signInMethod: values.signInMethod,
    inviteExpiryDays: Number(values.inviteExpiryDays),
    resendCooldownHours: Number(values.resendCooldownHours),
    inviteRemindersEnabled: values.inviteRemindersEnabled,
    inviteReminderDays: sortedDays(values.inviteReminderDays),
    welcomeMessage: message ? message : null,
    sections: PORTAL_SECTIONS.map((s) => s.value).filter((s) => values.sections.includes(s)),
    onboarding: { ...values.onboarding },
    offlinePaymentInstructions: instructions ? instructions : null,
    allowEstimateLineChoice: values.allowEstimateLineChoice,
    timeZone: values.timeZone,
    country: values.country,
  };
}

/** "24 hours (1 day)", "36 hours (1.5 days)", "5 hours". */
export function hoursInWords(hours: number): string {
  const h = `${hours} ${hours === 1 ? "hour" : "hours"}`;
  if (hours < 24) return h;
  const days = Math.round((hours / 24) * 10) / 10;
  return `${h} (${days} ${days === 1 ? "day" : "days"})`;
}

export type BrandingValues = { name: string; brandColor: string };

export const BRAND_COLOR = /^#[0-9a-f]{6}$/i;
export const FACILITY_NAME_MAX = 120;

export function useBrandingForm(initialValues: BrandingValues) {
  return useForm<BrandingValues>({
    mode: "controlled",
    initialValues,
    validate: {
      name: (v) => {
        const name = v.trim();
        if (!name) return "Enter the facility's name";
        return name.length <= FACILITY_NAME_MAX ? null : `At most ${FACILITY_NAME_MAX} characters`;
      },
      brandColor: (v) => (BRAND_COLOR.test(v) ? null : "Use a colour like #0b7285"),
    },
  });
}
