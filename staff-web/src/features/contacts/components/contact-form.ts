import { useForm } from "@mantine/form";
import type {
  CommunicationPreferencesInput,
  ContactFieldsFragment,
  ContactInput,
  ContactRole,
} from "../../../gql/graphql";
import { blankToNull, INVALID_EMAIL, looksLikeEmail } from "../../../lib/forms";

export type PreferenceKey = keyof CommunicationPreferencesInput;

/** The seven kinds of email, in the words and order staff know from the help centre. */
export const PREFERENCES: ReadonlyArray<{ key: PreferenceKey; label: string; description: string }> = [
  { key: "invoices", label: "Invoices", description: "Billing notifications and payment receipts" },
  { key: "estimates", label: "Estimates", description: "Quote and estimate communications" },
  { key: "scheduling", label: "Scheduling", description: "Appointment and event reminders" },
  {
    key: "carUpdates",
    label: "Car Updates",
    description: "Vehicle status changes, photo sessions, and condition reports",
  },
  { key: "contracts", label: "Contracts", description: "Document signing requests and agreement notifications" },
  { key: "socialEvents", label: "Social Events", description: "Invitations to community events and gatherings" },
  { key: "marketing", label: "Marketing", description: "Promotional communications and newsletters" },
];

/**
 * What a new contact in each role usually wants. Offered while adding, until staff tick a box
 * themselves; marketing is never switched on for anyone without being asked.
 */
const SUGGESTED: Record<ContactRole, PreferenceKey[]> = {
  SPOUSE: ["invoices", "estimates", "scheduling", "carUpdates", "contracts", "socialEvents"],
  ASSISTANT: ["invoices", "estimates", "scheduling", "carUpdates", "contracts"],
  BOOKKEEPER: ["invoices", "estimates"],
  VEHICLE_HANDLER: ["scheduling", "carUpdates"],
  OTHER: [],
};

export function suggestedPreferences(role: ContactRole | null): CommunicationPreferencesInput {
  const on = new Set(role ? SUGGESTED[role] : []);
  return Object.fromEntries(PREFERENCES.map(({ key }) => [key, on.has(key)])) as CommunicationPreferencesInput;
}

export type ContactFormValues = {
  name: string;
  email: string;
  phone: string;
  role: ContactRole | null;
  canAccessPortal: boolean;
  preferences: CommunicationPreferencesInput;
};

export function initialContactValues(contact: ContactFieldsFragment | null): ContactFormValues {
  if (!contact) {
    return {
      name: "",
      email: "",
      phone: "",
      role: null,
      canAccessPortal: false,
      preferences: suggestedPreferences(null),
    };
  }
  const { __typename: _, ...preferences } = contact.preferences as typeof contact.preferences & {
    __typename?: string;
  };
  return {
    name: contact.name,
    email: contact.email ?? "",
    phone: contact.phoneDisplay ?? "",
    role: contact.role,
    canAccessPortal: contact.canAccessPortal,
    preferences,
  };
}

export function useContactForm(initialValues: ContactFormValues) {
  return useForm<ContactFormValues>({
    mode: "controlled",
    initialValues,
    validate: {
      name: (v) => (v.trim() ? null : "Enter the contact's name"),
      email: (v) => (!v.trim() || looksLikeEmail(v) ? null : INVALID_EMAIL),
      role: (v) => (v ? null : "Choose this person's role"),
    },
  });
}

export function toContactInput(values: ContactFormValues): ContactInput {
  return {
    name: values.name.trim(),
    email: blankToNull(values.email),
    phone: blankToNull(values.phone),
    role: values.role ?? "OTHER",
    canAccessPortal: values.canAccessPortal,
    preferences: { ...values.preferences },
  };
}
