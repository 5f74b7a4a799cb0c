import type { MantineColor } from "@mantine/core";
import {
  IconClockHour4,
  IconCopy,
  IconFileAlert,
  IconMailOff,
  IconMailX,
  IconSend,
  IconUserCheck,
  IconUserQuestion,
} from "@tabler/icons-react";
import type { ReactNode } from "react";
import type { BulkInvitePlan } from "../../../gql/graphql";

/** How each plan looks in breakdowns and lists; the words come from the server's `label`. */
export const PLAN_STYLE: Record<BulkInvitePlan, { color: MantineColor; icon: ReactNode }> = {
  INVITE: { color: "teal", icon: <IconSend size={14} /> },
  IN_PORTAL: { color: "blue", icon: <IconUserCheck size={14} /> },
  COOLDOWN: { color: "yellow", icon: <IconClockHour4 size={14} /> },
  NO_EMAIL: { color: "gray", icon: <IconMailOff size={14} /> },
  INVALID_EMAIL: { color: "orange", icon: <IconMailX size={14} /> },
  DUPLICATE: { color: "grape", icon: <IconCopy size={14} /> },
  NOT_FOUND: { color: "red", icon: <IconUserQuestion size={14} /> },
  UNREADABLE: { color: "red", icon: <IconFileAlert size={14} /> },
};
