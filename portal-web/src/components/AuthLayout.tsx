import { Box, Container, Paper, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import type { Brand } from "../lib/brand";
import classes from "./AuthLayout.module.css";
import { FacilityMark } from "./FacilityMark";

type AuthLayoutProps = { brand: Brand | null; children: ReactNode };

/** The signed-out pages: one card on the facility's colours, sized for a phone first. */
export function AuthLayout({ brand, children }: AuthLayoutProps) {
  return (
    <Box className={classes.page}>
      <Container size={460} px={{ base: "md", sm: "lg" }} py={{ base: "xl", sm: 64 }}>
        <Stack align="center" gap={8} mb="lg">
          <FacilityMark brand={brand} size={52} />
          <Text fw={650} size="lg" ta="center" data-testid="facility-name">
            {brand?.name ?? "Customer portal"}
          </Text>
        </Stack>
        <Paper component="main" withBorder shadow="md" radius="lg" p={{ base: "lg", sm: 32 }} className={classes.card}>
          {children}
        </Paper>
        <Text ta="center" size="xs" c="dimmed" mt="lg">
          {brand ? "Customer portal · Powered by Portico" : "Powered by Portico"}
        </Text>
      </Container>
    </Box>
  );
}
