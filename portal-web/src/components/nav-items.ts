import {
  IconCalendarEvent,
  IconCar,
  IconClipboardText,
  IconFileText,
  IconHome,
  IconMessageCircle,
  IconReceipt,
  IconTool,
  type TablerIcon,
} from "@tabler/icons-react";
import type { PortalSection } from "../gql/graphql";

export type NavItem = {
  label: string;
  to: string;
  icon: TablerIcon;
  end?: boolean;
  /** Shown only when the facility turned this section on. */
  section?: PortalSection;
};

/** The portal's sections, in menu order. */
export const navItems: NavItem[] = [
  { label: "Home", to: "/", icon: IconHome, end: true },
  { label: "Vehicles", to: "/vehicles", icon: IconCar, section: "VEHICLES" },
  { label: "Billing", to: "/billing", icon: IconReceipt, section: "BILLING" },
  { label: "Documents", to: "/documents", icon: IconFileText, section: "DOCUMENTS" },
  { label: "Schedule", to: "/schedule", icon: IconCalendarEvent, section: "EVENTS" },
  { label: "Messages", to: "/messages", icon: IconMessageCircle, section: "MESSAGES" },
  { label: "Estimates", to: "/estimates", icon: IconClipboardText, section: "ESTIMATES" },
  { label: "Requests", to: "/requests", icon: IconTool, section: "SERVICE_REQUESTS" },
];

export function visibleNavItems(sections: ReadonlySet<PortalSection>): NavItem[] {
  return navItems.filter((item) => !item.section || sections.has(item.section));
}

// What a phone's tab bar keeps when there are more sections than fit: what people open most.
const PHONE_PRIORITY = [
  "/",
  "/vehicles",
  "/billing",
  "/messages",
  "/documents",
  "/schedule",
  "/estimates",
  "/requests",
];
const TAB_BAR_SLOTS = 5;

/** The tab bar's items, and the rest that go under More (kept in menu order). */
export function splitForTabBar(items: NavItem[]): { tabs: NavItem[]; more: NavItem[] } {
  if (items.length <= TAB_BAR_SLOTS) return { tabs: items, more: [] };
  const ranked = [...items].sort((a, b) => PHONE_PRIORITY.indexOf(a.to) - PHONE_PRIORITY.indexOf(b.to));
  const kept = new Set(ranked.slice(0, TAB_BAR_SLOTS - 1));
  return { tabs: items.filter((i) => kept.has(i)), more: items.filter((i) => !kept.has(i)) };
}
