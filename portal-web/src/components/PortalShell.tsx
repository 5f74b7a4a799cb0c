import { Alert, Container, Group, Text } from "@mantine/core";
import { IconAlertCircle } from "@tabler/icons-react";
import { type ReactNode, useState } from "react";
import { Link, NavLink } from "react-router";
import { useApplyBrand } from "../app/brand";
import { AccountMenu, type MenuError } from "../features/session/components/AccountMenu";
import type { Viewer } from "../features/session/components/RequireSession";
import { FacilityMark } from "./FacilityMark";
import { navItems } from "./nav-items";
import classes from "./PortalShell.module.css";

/** The signed-in frame: whose portal this is, the sections, and the person's menu. */
export function PortalShell({ viewer, children }: { viewer: Viewer; children: ReactNode }) {
  const brand = viewer.facility;
  useApplyBrand(brand);
  const [menuError, setMenuError] = useState<MenuError | null>(null);
  return (
    <div className={classes.root}>
      <header className={classes.header}>
        <Container size="lg" className={classes.bar}>
          <Link to="/" className={classes.home} aria-label={`${brand.name} customer portal, home`}>
            <Group gap={12} wrap="nowrap">
              <FacilityMark brand={brand} size={36} />
              <Text fw={650} size="md" lineClamp={1} className={classes.facilityName}>
                {brand.name}
              </Text>
            </Group>
          </Link>
          <AccountMenu viewer={viewer} onError={setMenuError} />
        </Container>
        <Container size="lg">
          <nav aria-label="Portal sections" className={classes.nav}>
            {navItems.map(({ label, to, icon: Icon, end }) => (
              <NavLink key={to} to={to} end={end} className={classes.navLink}>
                <Icon size={18} stroke={1.7} aria-hidden />
                <span>{label}</span>
              </NavLink>
            ))}
          </nav>
        </Container>
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
    </div>
  );
}
