import type { ServiceRequestStatus, ServiceRequestType } from "../../../gql/graphql";

export const requestTypes: Array<{ value: ServiceRequestType; label: string }> = [
  { value: "DETAILING", label: "Detailing" },
  { value: "SERVICE", label: "Service" },
  { value: "REPAIR", label: "Repair" },
  { value: "DELIVERY", label: "Delivery to me" },
  { value: "PICK_UP", label: "Pick-up from me" },
  { value: "STORAGE_CHANGE", label: "Storage change" },
  { value: "OTHER", label: "Something else" },
];

export function requestTypeLabel(type: ServiceRequestType): string {
  return requestTypes.find((t) => t.value === type)?.label ?? "Request";
}

const statuses: Record<ServiceRequestStatus, { label: string; color: string }> = {
  NEW: { label: "Received", color: "blue" },
  SCHEDULED: { label: "Scheduled", color: "indigo" },
  IN_PROGRESS: { label: "In progress", color: "orange" },
  DONE: { label: "Done", color: "teal" },
  CANCELLED: { label: "Cancelled", color: "gray" },
};

export function requestStatusLook(status: ServiceRequestStatus): { label: string; color: string } {
  return statuses[status] ?? statuses.NEW;
}

/** The road every request travels; a cancelled one leaves it. */
export const REQUEST_STEPS: ServiceRequestStatus[] = ["NEW", "SCHEDULED", "IN_PROGRESS", "DONE"];
