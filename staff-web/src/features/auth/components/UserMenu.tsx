import { Avatar, Group, Menu, Text, UnstyledButton } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { errorInfo } from "@portico/web-core/errors";
import { IconChevronDown, IconLogout, IconUserCircle } from "@tabler/icons-react";
import { useNavigate } from "react-router";
import type { StaffViewerQuery } from "../../../gql/graphql";
import { initials } from "../../../lib/initials";
import { useStaffSignOut } from "../api/staff-sign-out";

type Viewer = NonNullable<StaffViewerQuery["staffViewer"]>;

export function UserMenu({ viewer }: { viewer: Viewer }) {
  const navigate = useNavigate();
  const [signOut, { loading }] = useStaffSignOut();
  const onSignOut = async () => {
    try {
      await signOut();
      navigate("/sign-in", { replace: true });
    } catch (e) {
      notifications.show({ color: "red", message: errorInfo(e).message });
    }
  };
  return (
    <Menu position="bottom-end" width={240} withArrow shadow="md">
      <Menu.Target>
        <UnstyledButton aria-label={`Account menu for ${viewer.name}`} py={4} px={6} style={{ borderRadius: 8 }}>
          <Group gap={8} wrap="nowrap">
            <Avatar size={32} radius="xl" color="portico">
              {initials(viewer.name)}
            </Avatar>
            <Text size="sm" fw={500} visibleFrom="sm">
              {viewer.name}
            </Text>
            <IconChevronDown size={14} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{viewer.facility.name}</Menu.Label>
        <Group px="sm" py={6} gap={2} style={{ flexDirection: "column", alignItems: "flex-start" }}>
          <Text size="sm" fw={600}>
            {viewer.name}
          </Text>
          <Text size="xs" c="dimmed">
            {viewer.email} · {viewer.role === "ADMIN" ? "Admin" : "Staff"}
          </Text>
        </Group>
        <Menu.Divider />
        <Menu.Item leftSection={<IconUserCircle size={16} />} onClick={() => navigate("/account")}>
          Your account
        </Menu.Item>
        <Menu.Item
          color="red"
          leftSection={<IconLogout size={16} />}
          onClick={onSignOut}
          disabled={loading}
          closeMenuOnClick={false}
        >
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
