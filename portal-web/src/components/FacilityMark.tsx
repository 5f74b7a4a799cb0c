import { Avatar, useMantineTheme } from "@mantine/core";
import { IconBuildingWarehouse } from "@tabler/icons-react";
import { useState } from "react";
import type { Brand } from "../lib/brand";
import classes from "./FacilityMark.module.css";

type FacilityMarkProps = { brand: Brand | null; size?: number };

/** The facility's logo, or its initials on its colour when it has no logo (or the logo fails to load). */
export function FacilityMark({ brand, size = 40 }: FacilityMarkProps) {
  const theme = useMantineTheme();
  const [logoFailed, setLogoFailed] = useState<string | null>(null);
  const logoUrl = brand?.logoUrl;
  if (brand && logoUrl && logoFailed !== logoUrl) {
    return (
      <img
        className={classes.logo}
        src={logoUrl}
        alt={brand.name}
        style={{ height: size, maxWidth: size * 4 }}
        onError={() => setLogoFailed(logoUrl)}
      />
    );
  }
  if (brand) {
    return (
      <Avatar color={theme.primaryColor} variant="filled" radius="md" size={size} aria-hidden>
        {initials(brand.name)}
      </Avatar>
    );
  }
  return (
    <Avatar color={theme.primaryColor} variant="filled" radius="md" size={size} aria-hidden>
      <IconBuildingWarehouse size={size * 0.55} stroke={1.6} />
    </Avatar>
  );
}

function initials(name: string): string {
  const words = name.split(/\s+/).filter((w) => /^[\p{L}\p{N}]/u.test(w));
  return words
    .slice(0, 2)
    .map((w) => w[0]?.toUpperCase() ?? "")
    .join("");
}
