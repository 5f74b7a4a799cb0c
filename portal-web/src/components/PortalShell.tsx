import { Alert, Badge, Container, Drawer, Group, Indicator, Stack, Text, UnstyledButton } from "@mantine/core";
import { useDisclosure, useMediaQuery } from "@mantine/hooks";
import { IconAlertCircle, IconDots, IconEye, IconUserCircle } from "@tabler/icons-react";
import { type ReactNode, useEffect, useState } from "react";
import { Link, NavLink, useLocation } from "react-router";
import { useApplyBrand } from "../lib/brand";
import { preloadSection } from "../lib/preload";
import type { Viewer } from "../lib/viewer";
import { useSections } from "../lib/viewer";
import { FacilityMark } from "./FacilityMark";
import { type NavItem, splitForTabBar, visibleNavItems } from "./nav-items";
import classes from "./PortalShell.module.css";
import "./print.css";

// Mantine's `sm` breakpoint: below it the sections move to a tab bar at the bottom, in thumb reach.
const PHONE = "(max-width: 47.99em)";

function UnreadBadge({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <Badge size="xs" circle={count < 10} color="red" variant="filled" className={classes.unread} aria-hidden>
      {count > 99 ? "99+" : count}
    </Badge>
  );
}

function a11yLabel(item: NavItem, unread: number): string | undefined {
  return item.to === "/messages" && unread > 0 ? `Messages, ${unread} unread` : undefined;
}

function TopNav({ items, unread }: { items: NavItem[]; unread: number }) {
  return (
    <nav aria-label="Portal sections" className={classes.nav}>
      {items.map((item) => (
        <NavLink
          key={item.to}
          to={item.to}
          end={item.end}
          className={classes.navLink}
          aria-label={a11yLabel(item, unread)}
          onMouseEnter={() => preloadSection(item.to)}
          onFocus={() => preloadSection(item.to)}
        >
          <item.icon size={18} stroke={1.7} aria-hidden />
          <span>{item.label}</span>
          {item.to === "/messages" && <UnreadBadge count={unread} />}
        </NavLink>
      ))}
    </nav>
  );
}

function TabBar({ items, unread }: { items: NavItem[]; unread: number }) {
  const { tabs, more } = splitForTabBar(items);
  const [moreOpen, { open, close }] = useDisclosure(false);
  const { pathname } = useLocation();
  const inMore = more.some((item) => pathname.startsWith(item.to)) || pathname.startsWith("/profile");
  const unreadInMore = unread > 0 && more.some((item) => item.to === "/messages");
  // Following a link in the sheet lands on a new page: the sheet has done its job.
  // biome-ignore lint/correctness/useExhaustiveDependencies: closes on navigation only
  useEffect(close, [pathname]);
  return (
    <>
      <nav aria-label="Portal sections" className={classes.tabBar} data-print="hide">
        {tabs.map((item) => (
          <NavLink
            key={item.to}
            to={item.to}
            end={item.end}
            className={classes.tab}
            aria-label={a11yLabel(item, unread)}
            onTouchStart={() => preloadSection(item.to)}
          >
            <Indicator
              disabled={item.to !== "/messages" || unread === 0}
              label={unread > 99 ? "99+" : unread}
              size={16}
              color="red"
              offset={2}
            >
              <item.icon size={22} stroke={1.7} aria-hidden />
            </Indicator>
            <span>{item.label}</span>
          </NavLink>
        ))}
        <UnstyledButton
          className={classes.tab}
          onClick={open}
          aria-haspopup="dialog"
          aria-expanded={moreOpen}
          data-active={inMore || undefined}
          aria-label={unreadInMore ? `More, ${unread} unread messages` : "More"}
        >
          <Indicator disabled={!unreadInMore} size={9} color="red" offset={2}>
            <IconDots size={22} stroke={1.7} aria-hidden />
          </Indicator>
          <span>More</span>
        </UnstyledButton>
      </nav>
      <Drawer
        opened={moreOpen}
        onClose={close}
        position="bottom"
        size="auto"
        title="More"
        radius="lg"
        classNames={{ body: classes.sheetBody }}
      >
        <Stack gap={4}>
          {[...more, { label: "Profile", to: "/profile", icon: IconUserCircle } satisfies NavItem].map((item) => (
            <NavLink key={item.to} to={item.to} className={classes.sheetLink} aria-label={a11yLabel(item, unread)}>
              <item.icon size={22} stroke={1.7} aria-hidden />
              <span>{item.label}</span>
              {item.to === "/messages" && <UnreadBadge count={unread} />}
            </NavLink>
          ))}
        </Stack>
      </Drawer>
    </>
  );
}

/** What went wrong in the person's menu (signing out, switching accounts), shown above the page. */
export type MenuError = { title: string; message: string };

/**
 * The signed-in frame: whose portal this is, the sections the facility turned on, and the person's
 * menu. app/ fills in the menu and the unread count, which belong to the session and messages features.
 */
export function PortalShell({
  viewer,
  unread,
  accountMenu,
  children,
}: {
  viewer: Viewer;
  /** Unread messages, for the Messages badge. */
  unread: number;
  /** The person's menu in the header; it reports what failed through `onError`. */
  accountMenu: (onError: (error: MenuError) => void) => ReactNode;
  children: ReactNode;
}) {
  const brand = viewer.facility;
  useApplyBrand(brand);
  const items = visibleNavItems(useSections());
  const phone = useMediaQuery(PHONE, false, { getInitialValueInEffect: false });
  const [menuError, setMenuError] = useState<MenuError | null>(null);
  // Only the section bar that fits the screen is rendered, so assistive tech meets one, not two.
  const hasTabBar = phone && items.length > 1;
  return (
    <div className={classes.root} data-tab-bar={hasTabBar || undefined}>
      <header className={classes.header} data-print="hide">
        {viewer.preview && (
          <div className={classes.preview} role="note">
            <IconEye size={16} aria-hidden />
            <Text size="sm" fw={600}>
              Preview of {viewer.name}'s portal — read-only
            </Text>
          </div>
        )}
        <Container size="lg" className={classes.bar}>
          <Link to="/" className={classes.home} aria-label={`${brand.name} customer portal, home`}>
            <Group gap={12} wrap="nowrap">
              <FacilityMark brand={brand} size={36} />
              {/* On a phone a logo says who it is; the name would only be cut short beside it. */}
              {!(phone && brand.logoUrl) && (
                <Text fw={650} size="md" lineClamp={1} className={classes.facilityName}>
                  {brand.name}
                </Text>
              )}
            </Group>
          </Link>
          {accountMenu(setMenuError)}
        </Container>
        {!phone && items.length > 1 && (
          <Container size="lg">
            <TopNav items={items} unread={unread} />
          </Container>
        )}
      </header>
      <Container component="main" size="lg" py={{ base: "lg", sm: 32 }} className={classes.main}>
        {menuError && (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertCircle size={18} />}
            title={menuError.title}
            withCloseButton
            closeButtonLabel="Dismiss"
            onClose={() => setMenuError(null)}
            mb="lg"
            role="alert"
          >
            {menuError.message}
          </Alert>
        )}
        {children}
      </Container>
      {hasTabBar && <TabBar items={items} unread={unread} />}
    </div>
  );
}
