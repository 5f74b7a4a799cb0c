import { Button, Stack, Text, Title } from "@mantine/core";
import { IconArrowLeft } from "@tabler/icons-react";
import { Link } from "react-router";
import { useBrand } from "../lib/brand";
import { AuthLayout } from "./AuthLayout";
import { PageTitle } from "./PageTitle";

export function NotFoundPage() {
  const brand = useBrand();
  return (
    <AuthLayout brand={brand}>
      <PageTitle>Page not found</PageTitle>
      <Stack gap="md">
        <Text c="dimmed" fw={600} size="sm">
          404
        </Text>
        <Title order={1} size="h2">
          Page not found
        </Title>
        <Text c="dimmed">
          This page doesn't exist, or it has moved. Everything in your portal starts from its home page.
        </Text>
        <Button component={Link} to="/" size="md" leftSection={<IconArrowLeft size={18} />}>
          Go to your portal
        </Button>
      </Stack>
    </AuthLayout>
  );
}
