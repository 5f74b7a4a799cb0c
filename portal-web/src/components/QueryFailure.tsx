import { Button, EmptyState } from "@mantine/core";
import { IconFileUnknown } from "@tabler/icons-react";
import { Link } from "react-router";
import { portalError } from "../lib/errors";
import { useViewer } from "../lib/viewer";
import { NetworkErrorAlert } from "./NetworkErrorAlert";
import { PageTitle } from "./PageTitle";
import { SectionUnavailable } from "./SectionUnavailable";

type QueryFailureProps = {
  error: unknown;
  onRetry: () => Promise<unknown> | undefined;
  /** For a page about one thing: what it is, and where its list is. */
  missing?: { what: string; back: { to: string; label: string } };
};

/**
 * A page's query failed: a section turned off since the page loaded, something that isn't (or is
 * no longer) the person's to see, or the network.
 */
export function QueryFailure({ error, onRetry, missing }: QueryFailureProps) {
  const viewer = useViewer();
  const info = portalError(error);
  if (info.code === "FORBIDDEN") return <SectionUnavailable facilityName={viewer.facility.name} />;
  if (info.code === "NOT_FOUND" && missing) {
    return (
      <>
        <PageTitle>Not found</PageTitle>
        <EmptyState
          icon={<IconFileUnknown size={28} stroke={1.6} />}
          variant="light"
          color="gray"
          title={`We couldn't find this ${missing.what}`}
          description="It may have been removed, or the link is wrong."
          py={64}
          role="status"
        >
          <EmptyState.Actions>
            <Button component={Link} to={missing.back.to} variant="light">
              {missing.back.label}
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      </>
    );
  }
  return <NetworkErrorAlert error={error} onRetry={onRetry} />;
}
