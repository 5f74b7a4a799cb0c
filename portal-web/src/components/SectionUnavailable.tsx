import { Button, EmptyState } from "@mantine/core";
import { IconLock } from "@tabler/icons-react";
import { Link } from "react-router";
import { PageTitle } from "./PageTitle";

/** A section the facility turned off: reached by an old link or bookmark, never from the menu. */
export function SectionUnavailable({ facilityName }: { facilityName: string }) {
  return (
    <>
      <PageTitle>Not available</PageTitle>
      <EmptyState
        icon={<IconLock size={28} stroke={1.6} />}
        variant="light"
        color="gray"
        title="This section isn't available in your portal"
        description={`${facilityName} hasn't turned it on. Everything they share with you is on your home page.`}
        py={64}
        role="status"
      >
        <EmptyState.Actions>
          <Button component={Link} to="/" variant="light">
            Go to home
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </>
  );
}
