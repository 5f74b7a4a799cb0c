import { Center, Stack } from "@mantine/core";
import { Navigate, useLocation } from "react-router";
import { Logo } from "../../../components/Logo";
import { PageLoader } from "../../../components/PageLoader";
import { QueryErrorAlert } from "../../../components/QueryErrorAlert";
import { useStaffViewer } from "../api/staff-viewer";

/** Renders its children for a signed-in staff user; anyone else goes to sign-in and comes back. */
export function RequireStaff({ children }: { children: React.ReactNode }) {
  const location = useLocation();
  const { data, loading, error, refetch } = useStaffViewer();
  if (data?.staffViewer) return children;
  if (loading) return <PageLoader fullScreen />;
  if (error) {
    return (
      <Center mih="100vh" p="md" bg="gray.0">
        <Stack align="center" gap="lg" maw={560} w="100%">
          <Logo size="lg" />
          <QueryErrorAlert title="Could not reach Portico" error={error} onRetry={refetch} />
        </Stack>
      </Center>
    );
  }
  const next = location.pathname + location.search;
  return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
}
