import { Alert, Button, Group, Stack, Text, ThemeIcon } from "@mantine/core";
import { errorInfo } from "@portico/web-core/errors";
import { IconAlertCircle, IconCheck, IconDownload } from "@tabler/icons-react";
import { useState } from "react";
import type { BulkInviteSummaryFragment } from "../../../gql/graphql";
import { useFetchBulkInviteReport } from "../api/bulk-invite-report";
import classes from "./BulkInviteModal.module.css";
import { saveTextFile } from "./csv-file";
import { formatNumber } from "./format";
import { PlanBreakdown, reportBreakdown } from "./PlanBreakdown";

export function reportFileName(id: string) {
  return `portico-invite-report-${id}.csv`;
}

export function ReportStep({ invite, onClose }: { invite: BulkInviteSummaryFragment; onClose: () => void }) {
  const fetchReport = useFetchBulkInviteReport();
  const [downloading, setDownloading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const download = async () => {
    setDownloading(true);
    setError(null);
    try {
      saveTextFile(await fetchReport(invite.id), reportFileName(invite.id));
    } catch (e) {
      setError(errorInfo(e).message);
    } finally {
      setDownloading(false);
    }
  };

  return (
    <Stack gap="lg">
      <Group gap="md" wrap="nowrap" align="center">
        <ThemeIcon size={48} radius="xl" color="teal" aria-hidden>
          <IconCheck size={28} />
        </ThemeIcon>
        <div>
          <Text fw={700} size="xl" lh={1.25} data-testid="bulk-report-summary">
            Done: {formatNumber(invite.sent)} invited, {formatNumber(invite.skipped)} skipped
          </Text>
          <Text size="sm" c="dimmed">
            {invite.sent > 0
              ? "The emails are on their way. Delivery and bounces show on each customer's invite history."
              : "No emails were sent."}
          </Text>
        </div>
      </Group>

      <Stack gap={8}>
        <Text size="sm" fw={650}>
          What happened
        </Text>
        <PlanBreakdown items={reportBreakdown(invite)} label="Outcome by reason" />
      </Stack>

      {error && (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertCircle size={18} />}
          title="The report could not be downloaded"
          role="alert"
        >
          {error}
        </Alert>
      )}

      <Group justify="space-between" gap="sm" className={classes.footer}>
        <Button variant="default" leftSection={<IconDownload size={16} />} loading={downloading} onClick={download}>
          Download report
        </Button>
        <Button onClick={onClose}>Close</Button>
      </Group>
    </Stack>
  );
}
