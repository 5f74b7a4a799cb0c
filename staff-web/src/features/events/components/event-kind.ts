import type { EventKind } from "../../../gql/graphql";

export const EVENT_KIND: Record<EventKind, { label: string; color: string }> = {
  PICK_UP: { label: "Pick-up", color: "blue" },
  DROP_OFF: { label: "Drop-off", color: "indigo" },
  DETAILING: { label: "Detailing", color: "cyan" },
  SERVICE: { label: "Service", color: "orange" },
  SOCIAL: { label: "Social event", color: "grape" },
  OTHER: { label: "Other", color: "gray" },
};

export const EVENT_KIND_OPTIONS = (Object.keys(EVENT_KIND) as EventKind[]).map((value) => ({
  value,
  label: EVENT_KIND[value].label,
}));
