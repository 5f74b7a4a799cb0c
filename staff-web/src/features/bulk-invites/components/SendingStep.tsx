import { Alert, Group, Progress, Stack, Text } from "@mantine/core";
import { errorInfo } from "@portico/web-core/errors";
import { IconWifiOff } from "@tabler/icons-react";
import { useEffect } from "react";
import type { BulkInviteSummaryFragment } from "../../../gql/graphql";
import { isFinished, useBulkInviteProgress } from "../api/bulk-invite-progress";
import { formatNumber } from "./format";

type Props = {
  invite: BulkInviteSummaryFragment;
  onFinished: (invite: BulkInviteSummaryFragment) => void;
};

/** processed / total as the server reports it: the bar moves only when the server has done the work. */
export function SendingStep({ invite: started, onFinished }: Props) {
  const { invite, error } = useBulkInviteProgress(started);
  const finished = isFinished(invite.status);
  useEffect(() => {
    if (finished) onFinished(invite);
  }, [finished, invite, onFinished]);

  const percent = invite.total > 0 ? Math.min(100, (invite.processed / invite.total) * 100) : 0;
  const waiting = invite.processed === 0;

  return (
    <Stack gap="lg" py="md">
      <Stack gap={6}>
        <Group justify="space-between" align="baseline" gap="sm">
          <Text fw={650} size="lg" aria-live="polite" data-testid="bulk-progress-label">
            {waiting ? "Starting…" : `Sending… ${formatNumber(invite.processed)} of ${formatNumber(invite.total)}`}
          </Text>
          <Text size="sm" c="dimmed" style={{ fontVariantNumeric: "tabular-nums" }}>
            {Math.floor(percent)}%
          </Text>
        </Group>
        <Progress
          value={percent}
          size="xl"
          radius="xl"
          striped
          animated
          aria-label="Bulk invite progress"
          transitionDuration={400}
        />
        <Text size="sm" c="dimmed" style={{ fontVariantNumeric: "tabular-nums" }}>
          {formatNumber(invite.sent)} invited · {formatNumber(invite.skipped)} skipped so far
        </Text>
      </Stack>

      {error ? (
        <Alert color="yellow" variant="light" icon={<IconWifiOff size={18} />} title="Can't reach Portico right now">
          {errorInfo(error).message} Sending carries on at the server; this page will catch up when the connection is
          back.
        </Alert>
      ) : (
        <Text size="sm" c="dimmed">
          Sending happens on the server: you can close this window and it will carry on. Contacts shows each customer's
          new status.
        </Text>
      )}
    </Stack>
  );
}
