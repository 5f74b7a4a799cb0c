import { Stack, Tabs } from "@mantine/core";
import { Outlet, useLocation, useNavigate } from "react-router";
import { useStaffViewer } from "../../features/auth/api/staff-viewer";

/** The settings pages' tabs; admin-only pages are offered to admins only (the server refuses the rest). */
const TABS = [
  { path: "/settings/portal", label: "Portal", adminOnly: false },
  { path: "/settings/team", label: "Team", adminOnly: true },
  { path: "/settings/audit", label: "Audit log", adminOnly: true },
  { path: "/settings/api-keys", label: "API keys", adminOnly: true },
  { path: "/settings/webhooks", label: "Webhooks", adminOnly: true },
];

export default function SettingsLayout() {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const isAdmin = useStaffViewer().data?.staffViewer?.role === "ADMIN";
  const tabs = TABS.filter((tab) => isAdmin || !tab.adminOnly);
  const current = tabs.find((tab) => pathname.startsWith(tab.path))?.path ?? null;

  return (
    <Stack gap="lg">
      {tabs.length > 1 && (
        <Tabs value={current} onChange={(path) => path && navigate(path)} aria-label="Settings pages">
          <Tabs.List>
            {tabs.map((tab) => (
              <Tabs.Tab key={tab.path} value={tab.path}>
                {tab.label}
              </Tabs.Tab>
            ))}
          </Tabs.List>
        </Tabs>
      )}
      <Outlet />
    </Stack>
  );
}
