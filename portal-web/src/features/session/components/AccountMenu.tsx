import { Avatar, Group, Menu, Text, UnstyledButton, useMantineTheme } from "@mantine/core";
import { IconChevronDown, IconLogout, IconUserCircle } from "@tabler/icons-react";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import type { MenuError } from "../../../components/PortalShell";
import { portalError } from "../../../lib/errors";
import type { Viewer } from "../../../lib/viewer";
import { useSwitchPortalAccount } from "../../accounts/api/switch-portal-account";
import { useSignOut } from "../api/sign-out";
import classes from "./AccountMenu.module.css";

export type SignedOutState = { signedOut: true };

type AccountMenuProps = { viewer: Viewer; onError: (error: MenuError) => void };

export function AccountMenu({ viewer, onError }: AccountMenuProps) {
  const theme = useMantineTheme();
  const navigate = useNavigate();
  const [signOut, { loading: signingOut }] = useSignOut();
  const [switchAccount] = useSwitchPortalAccount();
  const [switching, setSwitching] = useState(false);
  const others = viewer.accounts.filter((account) => !account.current);

  const onSignOut = async () => {
    try {
      const state: SignedOutState = { signedOut: true };
      await signOut(() => navigate("/sign-in", { replace: true, state }));
    } catch (error) {
      onError({
        title: "We couldn't sign you out",
        message: `${portalError(error).message} You're still signed in; try again from the menu.`,
      });
    }
  };

  const onSwitch = async (customerId: string, name: string) => {
    setSwitching(true);
    try {
      await switchAccount({ variables: { customerId } });
      // A page of the account just left may not exist in the other one: start from its home.
      navigate("/");
    } catch (error) {
      onError({ title: `We couldn't open ${name}'s account`, message: portalError(error).message });
    } finally {
      setSwitching(false);
    }
  };

  return (
    <Menu position="bottom-end" width={260} shadow="md" withinPortal>
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
          {others.length > 0 && (
            <Text size="xs" mt={6} lineClamp={2}>
              <Text span size="xs" c="dimmed">
                Account:{" "}
              </Text>
              {viewer.account.customerName}
            </Text>
          )}
        </div>
        {others.length > 0 && (
          <>
            <Menu.Divider />
            <Menu.Label>Switch account</Menu.Label>
            {others.map((account) => (
              <Menu.Item
                key={account.customerId}
                leftSection={
                  <Avatar
                    name={account.customerName}
                    color={theme.primaryColor}
                    variant="light"
                    radius="sm"
                    size={24}
                    aria-hidden
                  />
                }
                aria-label={`Switch to ${account.customerName}`}
                onClick={() => onSwitch(account.customerId, account.customerName)}
                disabled={switching}
              >
                <Text size="sm" lineClamp={1}>
                  {account.customerName}
                </Text>
              </Menu.Item>
            ))}
          </>
        )}
        <Menu.Divider />
        <Menu.Item component={Link} to="/profile" leftSection={<IconUserCircle size={16} />}>
          Profile
        </Menu.Item>
        <Menu.Item leftSection={<IconLogout size={16} />} onClick={onSignOut} disabled={signingOut}>
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
