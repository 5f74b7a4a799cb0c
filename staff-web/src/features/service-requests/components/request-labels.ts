import { dayLabel } from "@portico/web-core/time";
import type { ServiceRequestStatus, ServiceRequestType } from "../../../gql/graphql";

export const REQUEST_TYPE: Record<ServiceRequestType, string> = {
  DETAILING: "Detailing",
  SERVICE: "Service",
  REPAIR: "Repair",
  DELIVERY: "Delivery",
  PICK_UP: "Pick-up",
  STORAGE_CHANGE: "Storage change",
  OTHER: "Other",
};

export const REQUEST_STATUS: Record<ServiceRequestStatus, { label: string; color: string }> = {
  NEW: { label: "New", color: "blue" },
  SCHEDULED: { label: "Scheduled", color: "indigo" },
  IN_PROGRESS: { label: "In progress", color: "orange" },
  DONE: { label: "Done", color: "teal" },
  CANCELLED: { label: "Cancelled", color: "gray" },
};

export const STATUS_ORDER: ServiceRequestStatus[] = ["NEW", "SCHEDULED", "IN_PROGRESS", "DONE", "CANCELLED"];

/** What the queue shows when nothing is picked: the requests still waiting on the team. */
export const OPEN_STATUSES: ServiceRequestStatus[] = ["NEW", "SCHEDULED", "IN_PROGRESS"];

export const STATUS_OPTIONS = STATUS_ORDER.map((value) => ({ value, label: REQUEST_STATUS[value].label }));

/** "?status=NEW,DONE" → the statuses it names, in queue order; missing or unreadable → the open ones. */
export function parseStatusParam(value: string | null): ServiceRequestStatus[] {
  if (value === null) return OPEN_STATUSES;
  if (value === "all") return [];
  const named = new Set(value.split(","));
  const statuses = STATUS_ORDER.filter((s) => named.has(s));
  return statuses.length ? statuses : OPEN_STATUSES;
}

/** The preferred date is a calendar day ("2026-11-24"), shown as written whatever the time zone. */
export function calendarDay(isoDay: string): string {
  return dayLabel(isoDay.slice(0, 10), { year: true });
}
