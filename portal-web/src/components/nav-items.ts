import { IconHome, type TablerIcon } from "@tabler/icons-react";

export type NavItem = { label: string; to: string; icon: TablerIcon; end?: boolean };

/** The portal's sections, in menu order; each one arrives here when its pages do. */
export const navItems: NavItem[] = [{ label: "Home", to: "/", icon: IconHome, end: true }];
