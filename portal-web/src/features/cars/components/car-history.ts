import {
  IconArrowsMove,
  IconBattery2,
  IconDroplet,
  IconLogin2,
  IconLogout2,
  IconNote,
  IconRefresh,
  IconTool,
  type TablerIcon,
} from "@tabler/icons-react";
import type { CarEventKind } from "../../../gql/graphql";

type EventLook = { label: string; icon: TablerIcon; color: string };

const looks: Record<CarEventKind, EventLook> = {
  MOVED: { label: "Moved", icon: IconArrowsMove, color: "blue" },
  WASHED: { label: "Washed", icon: IconDroplet, color: "cyan" },
  SERVICED: { label: "Serviced", icon: IconTool, color: "orange" },
  BATTERY_TENDED: { label: "Battery tended", icon: IconBattery2, color: "green" },
  PICKED_UP: { label: "Picked up", icon: IconLogout2, color: "grape" },
  DROPPED_OFF: { label: "Dropped off", icon: IconLogin2, color: "indigo" },
  STATUS_CHANGED: { label: "Status changed", icon: IconRefresh, color: "gray" },
  NOTE: { label: "Note", icon: IconNote, color: "gray" },
};

/** A history entry in words a customer uses; a kind added on the server later still reads as words. */
export function carEventLook(kind: CarEventKind | string): EventLook {
  const known = looks[kind as CarEventKind];
  if (known) return known;
  const words = kind.toLowerCase().replace(/_/g, " ");
  return { label: words.charAt(0).toUpperCase() + words.slice(1), icon: IconNote, color: "gray" };
}
