import { Alert, Button, Group, Paper, SimpleGrid, Stack, Tabs, Text } from "@mantine/core";
import { errorInfo } from "@portico/web-core/errors";
import { IconAlertCircle, IconArrowLeft, IconFileSpreadsheet, IconSend } from "@tabler/icons-react";
import { useId, useState } from "react";
import type { BulkInviteSummaryFragment } from "../../../gql/graphql";
import { useStartBulkInvite } from "../api/start-bulk-invite";
import classes from "./BulkInviteModal.module.css";
import { formatNumber, plural } from "./format";
import { PlanBreakdown, previewBreakdown } from "./PlanBreakdown";
import { RowsList } from "./RowsList";

type Props = {
  invite: BulkInviteSummaryFragment;
  fromFile: boolean;
  /** Back to the upload step, or closing the dialog for a selection. */
  onBack: () => void;
  onStarted: (invite: BulkInviteSummaryFragment) => void;
};

export function PreviewStep({ invite, fromFile, onBack, onStarted }: Props) {
  const [start, { loading }] = useStartBulkInvite();
  const [error, setError] = useState<string | null>(null);
  const skipped = invite.total - invite.toInvite;
  const [tab, setTab] = useState<string>(invite.toInvite > 0 || skipped === 0 ? "invite" : "skipped");
  // Each list loads when first shown and keeps its loaded pages when the other tab is picked.
  const [seen, setSeen] = useState(() => new Set([tab]));
  const show = (value: string | null) => {
    if (!value) return;
    setTab(value);
    setSeen((s) => (s.has(value) ? s : new Set(s).add(value)));
  };
  const lineLabel = fromFile ? "Line" : "#";
  const noneId = useId();

  const send = async () => {
    setError(null);
    try {
      const { data } = await start({ variables: { id: invite.id } });
      if (data) onStarted(data.startBulkInvite);
    } catch (e) {
      const info = errorInfo(e);
      // Confirmed already (another tab, or a click that got through first): follow its progress.
      if (info.code === "CONFLICT") onStarted({ ...invite, status: "RUNNING" });
      else setError(info.message);
    }
  };

  return (
    <Stack gap="lg">
      {/* Numbers beside the breakdown on a wide screen, so the list below keeps most of the height. */}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <SimpleGrid cols={2} spacing={{ base: "sm", sm: "md" }}>
          <Paper radius="md" p="md" bg="teal.0" data-testid="preview-summary">
            <Text fz={28} fw={700} lh={1.1} c="teal.9" style={{ fontVariantNumeric: "tabular-nums" }}>
              {formatNumber(invite.toInvite)}
            </Text>
            <Text size="sm" c="teal.9">
              will be invited
            </Text>
            <Text size="xs" c="dimmed" mt={6} data-testid="preview-channels">
              {invite.toInvite === 0
                ? "Nobody to invite"
                : invite.toText === 0
                  ? "Sent to the email on record"
                  : invite.toText === invite.toInvite
                    ? `Will text ${formatNumber(invite.toText)}, at the number they agreed to`
                    : `Will text ${formatNumber(invite.toText)}; the others by email`}
            </Text>
          </Paper>
          <Paper radius="md" p="md" bg="gray.1">
            <Text fz={28} fw={700} lh={1.1} style={{ fontVariantNumeric: "tabular-nums" }}>
              {formatNumber(skipped)}
            </Text>
            <Text size="sm">skipped</Text>
            <Text size="xs" c="dimmed" mt={6}>
              {fromFile && invite.fileName ? (
                <>
                  <IconFileSpreadsheet size={12} style={{ verticalAlign: -1 }} aria-hidden /> {invite.fileName},{" "}
                  {plural(invite.total, "row")}
                </>
              ) : (
                `Out of ${plural(invite.total, "selected customer")}`
              )}
            </Text>
          </Paper>
        </SimpleGrid>

        <Stack gap={8}>
          <Text size="sm" fw={650}>
            Breakdown
          </Text>
          <PlanBreakdown items={previewBreakdown(invite)} label="Breakdown by reason" />
        </Stack>
      </SimpleGrid>

      <Tabs value={tab} onChange={show}>
        <Tabs.List>
          <Tabs.Tab value="invite">Will be invited ({formatNumber(invite.toInvite)})</Tabs.Tab>
          <Tabs.Tab value="skipped">Skipped ({formatNumber(skipped)})</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="invite" pt="sm">
          {seen.has("invite") && (
            <RowsList
              inviteId={invite.id}
              invite
              expected={invite.toInvite}
              lineLabel={lineLabel}
              label="Will be invited"
            />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="skipped" pt="sm">
          {seen.has("skipped") && (
            <RowsList inviteId={invite.id} invite={false} expected={skipped} lineLabel={lineLabel} label="Skipped" />
          )}
        </Tabs.Panel>
      </Tabs>

      {error && (
        <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} title="Nothing was sent" role="alert">
          {error}
        </Alert>
      )}

      <Group justify="space-between" gap="sm" className={classes.footer}>
        <Button variant="default" leftSection={fromFile ? <IconArrowLeft size={16} /> : undefined} onClick={onBack}>
          {fromFile ? "Back" : "Cancel"}
        </Button>
        <Group gap="sm" wrap="nowrap">
          {invite.toInvite === 0 && (
            <Text size="sm" c="dimmed" id={noneId} visibleFrom="xs">
              Nobody to invite
            </Text>
          )}
          <Button
            aria-describedby={invite.toInvite === 0 ? noneId : undefined}
            leftSection={<IconSend size={16} />}
            onClick={send}
            loading={loading}
            disabled={invite.toInvite === 0}
          >
            {invite.toInvite === 0 ? "Send invites" : `Send ${plural(invite.toInvite, "invite")}`}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
