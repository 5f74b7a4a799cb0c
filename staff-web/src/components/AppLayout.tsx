import { ActionIcon, Anchor, AppShell, Badge, Button, Container, Group, Indicator, Text, Tooltip } from "@mantine/core";
import { Notifications } from "@mantine/notifications";
import "@mantine/notifications/styles.css";
import {
  IconAddressBook,
  IconCalendarEvent,
  IconChartFunnel,
  IconClipboardList,
  IconMessages,
  IconSettings,
} from "@tabler/icons-react";
import { Suspense } from "react";
import { Link, Outlet, useLocation } from "react-router";
import { Logo } from "./Logo";
import { PageLoader } from "./PageLoader";

/**
 * The signed-in shell: header with navigation and the account menu around every page. What it
 * shows of the viewer and the counts on its links come from app/, which knows the features.
 */
export function AppLayout({
  facilityName,
  accountMenu,
  unreadMessages,
  newRequests,
}: {
  /** Unknown until the viewer has loaded. */
  facilityName: string | undefined;
  accountMenu: React.ReactNode;
  unreadMessages: number;
  newRequests: number;
}) {
  const { pathname } = useLocation();
  const inContacts = pathname.startsWith("/contacts") || pathname.startsWith("/customers");
  const inSettings = pathname.startsWith("/settings");

  return (
    <AppShell header={{ height: 60 }} padding={0}>
      <Notifications position="bottom-right" zIndex={1000} />
      <Anchor href="#main" className="skip-link">
        Skip to content
      </Anchor>
      <AppShell.Header>
        <Container size="xl" h="100%">
          <Group h="100%" justify="space-between" wrap="nowrap">
            <Group gap="lg" wrap="nowrap">
              <Anchor component={Link} to="/contacts" underline="never" aria-label="Portico home">
                <Logo />
              </Anchor>
              {facilityName && (
                <Text size="sm" c="dimmed" visibleFrom="md" lineClamp={1}>
                  {facilityName}
                </Text>
              )}
              <Group component="nav" aria-label="Main" gap={4} wrap="nowrap">
                <NavButton to="/contacts" active={inContacts} icon={<IconAddressBook size={16} />}>
                  Contacts
                </NavButton>
                <NavButton
                  to="/schedule"
                  active={pathname.startsWith("/schedule")}
                  icon={<IconCalendarEvent size={16} />}
                >
                  Schedule
                </NavButton>
                <NavButton
                  to="/messages"
                  active={pathname.startsWith("/messages")}
                  icon={<IconMessages size={16} />}
                  badge={unreadMessages}
                  badgeLabel="unread"
                >
                  Messages
                </NavButton>
                <NavButton
                  to="/requests"
                  active={pathname.startsWith("/requests")}
                  icon={<IconClipboardList size={16} />}
                  badge={newRequests}
                  badgeLabel="new"
                >
                  Requests
                </NavButton>
                <NavButton
                  to="/adoption"
                  active={pathname.startsWith("/adoption")}
                  icon={<IconChartFunnel size={16} />}
                >
                  Adoption
                </NavButton>
                <NavButton to="/settings/portal" active={inSettings} icon={<IconSettings size={16} />}>
                  Settings
                </NavButton>
              </Group>
            </Group>
            {accountMenu}
          </Group>
        </Container>
      </AppShell.Header>
      <AppShell.Main bg="gray.0" mih="100vh">
        <Container size="xl" py={{ base: "md", sm: "xl" }} px={{ base: "sm", sm: "md" }} id="main" tabIndex={-1}>
          <Suspense fallback={<PageLoader />}>
            <Outlet />
          </Suspense>
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}

function NavButton({
  to,
  active,
  icon,
  children,
  badge = 0,
  badgeLabel,
}: {
  to: string;
  active: boolean;
  icon: React.ReactNode;
  children: string;
  /** A count that needs the team's attention (unread messages, new requests). */
  badge?: number;
  badgeLabel?: string;
}) {
  const look = { variant: active ? "light" : "subtle", color: active ? undefined : "gray" } as const;
  const current = active ? "page" : undefined;
  const name = badge > 0 ? `${children}, ${badge} ${badgeLabel ?? ""}`.trim() : children;
  const count = badge > 99 ? "99+" : String(badge);
  // Phones get icons only, so the account menu keeps its place in the header.
  return (
    <>
      <Button
        component={Link}
        to={to}
        {...look}
        size="sm"
        px="sm"
        leftSection={icon}
        aria-current={current}
        aria-label={badge > 0 ? name : undefined}
        visibleFrom="sm"
        rightSection={
          badge > 0 ? (
            <Badge size="xs" circle={badge < 10} variant="filled" color="red" aria-hidden>
              {count}
            </Badge>
          ) : undefined
        }
      >
        {children}
      </Button>
      <Tooltip label={name} withArrow>
        <Indicator
          label={count}
          size={16}
          color="red"
          disabled={badge === 0}
          offset={4}
          hiddenFrom="sm"
          styles={{ indicator: { fontSize: 10, fontWeight: 700 } }}
        >
          <ActionIcon component={Link} to={to} {...look} size="lg" aria-label={name} aria-current={current}>
            {icon}
          </ActionIcon>
        </Indicator>
      </Tooltip>
    </>
  );
}
