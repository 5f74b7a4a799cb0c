import type { ContactRole } from "../../gql/graphql";

export const CONTACT_ROLE: Record<ContactRole, string> = {
  SPOUSE: "Spouse",
  ASSISTANT: "Assistant",
  BOOKKEEPER: "Bookkeeper",
  VEHICLE_HANDLER: "Vehicle handler",
  OTHER: "Other",
};

export const CONTACT_ROLE_OPTIONS = (Object.keys(CONTACT_ROLE) as ContactRole[]).map((value) => ({
  value,
  label: CONTACT_ROLE[value],
}));
