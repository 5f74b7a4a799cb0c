import { Anchor, AppShell, Box, Button, Container, Group, Text } from "@mantine/core";
import { Notifications } from "@mantine/notifications";
import "@mantine/notifications/styles.css";
import { IconAddressBook } from "@tabler/icons-react";
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
              <Box component="nav" aria-label="Main">
                <Button
                  component={Link}
                  to="/contacts"
                  variant={inContacts ? "light" : "subtle"}
                  color={inContacts ? undefined : "gray"}
                  size="sm"
                  leftSection={<IconAddressBook size={16} />}
                  aria-current={inContacts ? "page" : undefined}
                >
                  Contacts
                </Button>
              </Box>
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
