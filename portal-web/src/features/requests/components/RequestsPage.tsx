import { Button, Paper, Skeleton, Stack, Text, Title } from "@mantine/core";
import { IconPlus, IconTool } from "@tabler/icons-react";
import { Link, useLocation } from "react-router";
import { PageHeader } from "../../../components/PageHeader";
import { QueryFailure } from "../../../components/QueryFailure";
import { useIsPreview, useViewer } from "../../../lib/viewer";
import { usePortalServiceRequests } from "../api/portal-service-requests";
import { RequestCard } from "./RequestCard";

/** Where the new-request form sends people after sending: the request they just made stands out. */
export type RequestsPageState = { created?: string } | null;

export function RequestsPage() {
  const viewer = useViewer();
  const preview = useIsPreview();
  const created = (useLocation().state as RequestsPageState)?.created;
  const { data, error, refetch } = usePortalServiceRequests();
  const requests = data?.portalServiceRequests;
  const open = requests?.filter((r) => r.status !== "DONE" && r.status !== "CANCELLED") ?? [];
  const closed = requests?.filter((r) => r.status === "DONE" || r.status === "CANCELLED") ?? [];

  let content: React.ReactNode;
  if (requests) {
    content =
      requests.length === 0 ? (
        <Paper withBorder radius="lg" p="xl" ta="center">
          <IconTool size={28} stroke={1.5} color="var(--mantine-color-gray-5)" aria-hidden />
          <Text fw={600} mt="xs">
            No requests yet
          </Text>
          <Text size="sm" c="dimmed" mb="md">
            Ask {viewer.facility.name} for detailing, service, a delivery or anything else your cars need.
          </Text>
          {!preview && (
            <Button component={Link} to="/requests/new" leftSection={<IconPlus size={18} />}>
              New request
            </Button>
          )}
        </Paper>
      ) : (
        <Stack gap="xl">
          {open.length > 0 && (
            <Stack component="section" aria-labelledby="open-requests" gap="md">
              <Title order={2} size="h3" id="open-requests">
                Open
              </Title>
              {open.map((request) => (
                <RequestCard key={request.id} request={request} highlight={request.id === created} />
              ))}
            </Stack>
          )}
          {closed.length > 0 && (
            <Stack component="section" aria-labelledby="closed-requests" gap="md">
              <Title order={2} size="h3" id="closed-requests">
                Finished
              </Title>
              {closed.map((request) => (
                <RequestCard key={request.id} request={request} />
              ))}
            </Stack>
          )}
        </Stack>
      );
  } else if (error) {
    content = <QueryFailure error={error} onRetry={() => refetch()} />;
  } else {
    content = (
      <Stack role="status" aria-label="Loading requests">
        <Skeleton height={180} radius="lg" />
      </Stack>
    );
  }
  return (
    <>
      <PageHeader
        title="Requests"
        description="Ask for work on your cars and follow its progress"
        actions={
          preview ? (
            <Button leftSection={<IconPlus size={18} />} disabled>
              New request
            </Button>
          ) : (
            <Button component={Link} to="/requests/new" leftSection={<IconPlus size={18} />}>
              New request
            </Button>
          )
        }
      />
      {content}
    </>
  );
}
