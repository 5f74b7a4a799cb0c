import { Button, Code, Stack, Text, Title } from "@mantine/core";
import { IconRefresh } from "@tabler/icons-react";
import { Component, type ReactNode } from "react";
import { useLocation } from "react-router";
import { useBrand } from "../lib/brand";
import { AuthLayout } from "./AuthLayout";

// After a deploy, a tab opened earlier asks for page code that no longer exists.
function isStaleBundle(error: unknown): boolean {
  return (
    error instanceof Error &&
    /dynamically imported module|Importing a module script failed|error loading dynamically/i.test(error.message)
  );
}

function PageError({ error }: { error: unknown }) {
  const brand = useBrand();
  const stale = isStaleBundle(error);
  return (
    <AuthLayout brand={brand}>
      <title>Something went wrong</title>
      <Stack gap="md" role="alert">
        <Title order={1} size="h2">
          {stale ? "The portal has been updated" : "Something went wrong"}
        </Title>
        <Text c="dimmed">
          {stale
            ? "Reload the page to get the latest version."
            : "This page ran into a problem. Reloading usually fixes it; if it doesn't, try again in a few minutes."}
        </Text>
        {import.meta.env.DEV && error instanceof Error && (
          <Code block fz="xs">
            {error.message}
          </Code>
        )}
        <Button size="md" leftSection={<IconRefresh size={18} />} onClick={() => window.location.reload()}>
          Reload
        </Button>
        {!stale && (
          <Button component="a" href={`${import.meta.env.BASE_URL}`} variant="default" size="md">
            Go to your portal
          </Button>
        )}
      </Stack>
    </AuthLayout>
  );
}

type BoundaryProps = { children: ReactNode; resetKey: string };
type BoundaryState = { error: unknown; resetKey: string };

class Boundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { error };
  }

  // Moving to another page gives that page a fresh start instead of keeping the old error up.
  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState): Partial<BoundaryState> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  override componentDidCatch(error: unknown): void {
    console.error(error);
  }

  override render() {
    return this.state.error ? <PageError error={this.state.error} /> : this.props.children;
  }
}

/** Whatever breaks while showing a page: never a blank screen, always a way forward. */
export function PageErrorBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return <Boundary resetKey={pathname}>{children}</Boundary>;
}
