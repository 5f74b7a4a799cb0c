import type { EventKind } from "../../../gql/graphql";

const looks: Record<EventKind, { label: string; color: string }> = {
  PICK_UP: { label: "Pick-up", color: "grape" },
  DROP_OFF: { label: "Drop-off", color: "indigo" },
  DETAILING: { label: "Detailing", color: "cyan" },
  SERVICE: { label: "Service", color: "orange" },
  SOCIAL: { label: "Social event", color: "pink" },
  OTHER: { label: "Appointment", color: "gray" },
};

export function eventKindLook(kind: EventKind): { label: string; color: string } {
  return looks[kind] ?? looks.OTHER;
}
