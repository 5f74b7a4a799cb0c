import { Badge, Button, Group, Loader, Menu, Progress, Stack, Text } from "@mantine/core";
import { errorInfo } from "@portico/web-core/errors";
import { relativeTime } from "@portico/web-core/time";
import { IconAlertCircle, IconFileSpreadsheet, IconHistory, IconUsers } from "@tabler/icons-react";
import type { RecentBulkInvitesQuery } from "../../../gql/graphql";
import { useNow } from "../../../lib/use-now";
import { useRecentBulkInvites } from "../api/recent-bulk-invites";
import { formatNumber } from "./format";

type Job = RecentBulkInvitesQuery["recentBulkInvites"][number];

type Props = {
  /** Opens the bulk invite dialog on a job: its progress while it runs, its report once done. */
  onOpen: (jobId: string) => void;
  onIntent?: () => void;
};

/** "Recent bulk invites" on Contacts: reopen a running job's progress or a finished one's report. */
export function RecentBulkInvites({ onOpen, onIntent }: Props) {
  return (
    <Menu position="bottom-end" width={340} shadow="md" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconHistory size={18} />}
          onMouseEnter={onIntent}
          onFocus={onIntent}
          aria-label="Recent bulk invites"
        >
          Recent
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Recent bulk invites</Menu.Label>
        <JobList onOpen={onOpen} />
      </Menu.Dropdown>
    </Menu>
  );
}

function JobList({ onOpen }: { onOpen: (jobId: string) => void }) {
  const { data, loading, error } = useRecentBulkInvites();
  const now = useNow();
  const jobs = data?.recentBulkInvites;
  if (!jobs) {
    return error && !loading ? (
      <Group gap="xs" px="sm" py="xs" c="red" wrap="nowrap">
        <IconAlertCircle size={16} />
        <Text size="sm">{errorInfo(error).message}</Text>
      </Group>
    ) : (
      <Group gap="xs" px="sm" py="xs" role="status">
        <Loader size="xs" />
        <Text size="sm" c="dimmed">
          Loading…
        </Text>
      </Group>
    );
  }
  if (jobs.length === 0) {
    return (
      <Text size="sm" c="dimmed" px="sm" py="xs">
        No bulk invites sent yet. Select customers below, or upload a CSV with Bulk invite.
      </Text>
    );
  }
  return jobs.map((job) => <JobItem key={job.id} job={job} now={now} onOpen={onOpen} />);
}

function JobItem({ job, now, onOpen }: { job: Job; now: Date; onOpen: (jobId: string) => void }) {
  const running = job.status === "RUNNING";
  const source = job.fileName ?? "Selected customers";
  const when = relativeTime(new Date(job.createdAt), now);
  const percent = job.total > 0 ? Math.min(100, (job.processed / job.total) * 100) : 0;
  return (
    <Menu.Item
      onClick={() => onOpen(job.id)}
      leftSection={job.fileName ? <IconFileSpreadsheet size={18} /> : <IconUsers size={18} />}
      aria-label={`${source}, ${running ? "sending" : "done"}, ${when}`}
    >
      <Stack gap={4}>
        <Group gap="xs" justify="space-between" wrap="nowrap">
          <Text size="sm" fw={550} truncate="end" style={{ minWidth: 0 }}>
            {source}
          </Text>
          <Badge size="xs" variant="light" color={running ? "blue" : "teal"} style={{ flexShrink: 0 }}>
            {running ? "Sending" : "Done"}
          </Badge>
        </Group>
        {running ? (
          <Progress value={percent} size="sm" radius="xl" aria-label={`${Math.floor(percent)}% sent`} />
        ) : (
          <Text size="xs" c="dimmed">
            {formatNumber(job.sent)} invited · {formatNumber(job.skipped)} skipped
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {when}
          {job.createdByName ? ` · by ${job.createdByName}` : ""}
        </Text>
      </Stack>
    </Menu.Item>
  );
}
