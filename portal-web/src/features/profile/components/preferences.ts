import type { CommunicationPreferencesInput } from "../../../gql/graphql";

export type PreferenceKey = keyof CommunicationPreferencesInput;

/** The seven kinds of email, in the words the facility's staff see when they set them for a contact. */
export const preferenceFields: Array<{ key: PreferenceKey; label: string; description: string }> = [
  { key: "invoices", label: "Invoices", description: "Billing notifications and payment receipts" },
  { key: "estimates", label: "Estimates", description: "Quote and estimate communications" },
  { key: "scheduling", label: "Scheduling", description: "Appointment and event reminders" },
  {
    key: "carUpdates",
    label: "Car updates",
    description: "Vehicle status changes, photo sessions, and condition reports",
  },
  { key: "contracts", label: "Contracts", description: "Document signing requests and agreement notifications" },
  { key: "socialEvents", label: "Social events", description: "Invitations to community events and gatherings" },
  { key: "marketing", label: "Marketing", description: "Promotional communications and newsletters" },
];
