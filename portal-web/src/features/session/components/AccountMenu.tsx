import { Avatar, Group, Menu, Text, UnstyledButton, useMantineTheme } from "@mantine/core";
import { IconChevronDown, IconLogout } from "@tabler/icons-react";
import { useNavigate } from "react-router";
import { portalError } from "../../../lib/errors";
import { useSignOut } from "../api/sign-out";
import classes from "./AccountMenu.module.css";
import type { Viewer } from "./RequireSession";

export type SignedOutState = { signedOut: true };

type AccountMenuProps = { viewer: Viewer; onSignOutError: (message: string) => void };

export function AccountMenu({ viewer, onSignOutError }: AccountMenuProps) {
  const theme = useMantineTheme();
  const navigate = useNavigate();
  const [signOut, { loading }] = useSignOut();

  const onSignOut = async () => {
    try {
      const state: SignedOutState = { signedOut: true };
      await signOut(() => navigate("/sign-in", { replace: true, state }));
    } catch (error) {
      onSignOutError(portalError(error).message);
    }
  };

  return (
    <Menu position="bottom-end" width={240} shadow="md" withinPortal>
      <Menu.Target>
        <UnstyledButton className={classes.trigger} aria-label="Account menu">
          <Group gap={10} wrap="nowrap">
            <Avatar name={viewer.name} color={theme.primaryColor} variant="light" radius="xl" size={34} />
            <Text size="sm" fw={550} visibleFrom="sm" lineClamp={1} maw={180}>
              {viewer.name}
            </Text>
            <IconChevronDown size={16} stroke={1.8} className={classes.chevron} />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <div className={classes.who}>
          <Text size="sm" fw={600} lineClamp={1}>
            {viewer.name}
          </Text>
          <Text size="xs" c="dimmed" lineClamp={1}>
            {viewer.email}
          </Text>
        </div>
        <Menu.Divider />
        <Menu.Item leftSection={<IconLogout size={16} />} onClick={onSignOut} disabled={loading}>
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
