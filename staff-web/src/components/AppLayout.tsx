import { ActionIcon, Anchor, AppShell, Button, Container, Group, Text, Tooltip } from "@mantine/core";
import { Notifications } from "@mantine/notifications";
import "@mantine/notifications/styles.css";
import { IconAddressBook, IconCalendarEvent, IconSettings } from "@tabler/icons-react";
import { Suspense } from "react";
import { Link, Outlet, useLocation } from "react-router";
import { useStaffViewer } from "../features/auth/api/staff-viewer";
import { UserMenu } from "../features/auth/components/UserMenu";
import { Logo } from "./Logo";
import { PageLoader } from "./PageLoader";

/** The signed-in shell: header with navigation and the account menu around every page. */
export default function AppLayout() {
  const { data } = useStaffViewer();
  const { pathname } = useLocation();
  const viewer = data?.staffViewer;
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
              {viewer && (
                <Text size="sm" c="dimmed" visibleFrom="md" lineClamp={1}>
                  {viewer.facility.name}
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
                <NavButton to="/settings/portal" active={inSettings} icon={<IconSettings size={16} />}>
                  Settings
                </NavButton>
              </Group>
            </Group>
            {viewer && <UserMenu viewer={viewer} />}
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
}: {
  to: string;
  active: boolean;
  icon: React.ReactNode;
  children: string;
}) {
  const look = { variant: active ? "light" : "subtle", color: active ? undefined : "gray" } as const;
  const current = active ? "page" : undefined;
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
        visibleFrom="sm"
      >
        {children}
      </Button>
      <Tooltip label={children} withArrow>
        <ActionIcon
          component={Link}
          to={to}
          {...look}
          size="lg"
          aria-label={children}
          aria-current={current}
          hiddenFrom="sm"
        >
          {icon}
        </ActionIcon>
      </Tooltip>
    </>
  );
}
