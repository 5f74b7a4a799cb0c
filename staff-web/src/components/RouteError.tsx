import { Button, Center, Code, EmptyState, Group, Stack } from "@mantine/core";
import { IconAlertTriangle, IconRefresh } from "@tabler/icons-react";
import { isRouteErrorResponse, Link, useRouteError } from "react-router";
import { NotFound } from "./NotFound";

/** After a deploy the old page asks for chunks that are gone; a reload fetches the new ones. */
function isStaleChunk(error: unknown): boolean {
  return error instanceof Error && /dynamically imported module|Importing a module script failed/i.test(error.message);
}

export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  const stale = isStaleChunk(error);
  return (
    <Center mih="60vh" p="md">
      <Stack align="center" maw={520}>
        <EmptyState
          variant="light"
          color="red"
          icon={<IconAlertTriangle size={28} />}
          title={stale ? "Portico has been updated" : "Something went wrong"}
          description={
            stale
              ? "Reload the page to get the latest version."
              : "This page hit an unexpected error. Reloading usually fixes it; if not, tell your Portico admin."
          }
        >
          <EmptyState.Actions>
            <Group justify="center">
              <Button leftSection={<IconRefresh size={16} />} onClick={() => window.location.reload()}>
                Reload page
              </Button>
              <Button component={Link} to="/contacts" variant="default" reloadDocument>
                Go to Contacts
              </Button>
            </Group>
          </EmptyState.Actions>
        </EmptyState>
        {import.meta.env.DEV && error instanceof Error && (
          <Code block w="100%">
            {error.message}
          </Code>
        )}
      </Stack>
    </Center>
  );
}
