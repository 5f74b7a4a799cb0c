import {
  IconArrowsExchange,
  IconArrowsMove,
  IconBatteryCharging,
  IconDroplet,
  IconKey,
  IconNote,
  IconParking,
  IconTool,
} from "@tabler/icons-react";
import type { CarEventKind } from "../../../gql/graphql";

type Kind = { label: string; color: string; icon: (size: number) => React.ReactNode };

/** How each kind of history entry reads and looks, in the order staff record them most. */
export const CAR_EVENT_KIND: Record<CarEventKind, Kind> = {
  MOVED: { label: "Moved", color: "blue", icon: (s) => <IconArrowsMove size={s} /> },
  WASHED: { label: "Washed", color: "cyan", icon: (s) => <IconDroplet size={s} /> },
  SERVICED: { label: "Serviced", color: "orange", icon: (s) => <IconTool size={s} /> },
  BATTERY_TENDED: { label: "Battery tended", color: "lime", icon: (s) => <IconBatteryCharging size={s} /> },
  PICKED_UP: { label: "Picked up", color: "grape", icon: (s) => <IconKey size={s} /> },
  DROPPED_OFF: { label: "Dropped off", color: "indigo", icon: (s) => <IconParking size={s} /> },
  STATUS_CHANGED: { label: "Status changed", color: "teal", icon: (s) => <IconArrowsExchange size={s} /> },
  NOTE: { label: "Note", color: "gray", icon: (s) => <IconNote size={s} /> },
};

/** Status changes are written by the server when a car is saved, so staff do not pick them. */
export const RECORDABLE_KINDS = (Object.keys(CAR_EVENT_KIND) as CarEventKind[]).filter((k) => k !== "STATUS_CHANGED");
