import { useApolloClient } from "@apollo/client/react";
import { Alert, Button, Group, Loader, Modal, Stack, Stepper, Text } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { errorInfo } from "@portico/web-core/errors";
import { IconAlertCircle, IconRefresh } from "@tabler/icons-react";
import { useCallback, useEffect, useRef, useState } from "react";
import type { BulkInviteSummaryFragment } from "../../../gql/graphql";
import { BulkInviteProgressQuery, isFinished } from "../api/bulk-invite-progress";
import { usePreviewBulkInvite } from "../api/preview-bulk-invite";
import { plural } from "./format";
import { PreviewStep } from "./PreviewStep";
import { ReportStep } from "./ReportStep";
import { SendingStep } from "./SendingStep";
import type { BulkInviteClosed, BulkInviteSource } from "./types";
import { UploadStep } from "./UploadStep";

type Step =
  | { name: "upload" }
  | { name: "loading-job" }
  | { name: "job-failed"; message: string }
  | { name: "previewing" }
  | { name: "preview-failed"; message: string }
  | { name: "preview"; invite: BulkInviteSummaryFragment }
  | { name: "sending"; invite: BulkInviteSummaryFragment }
  | { name: "report"; invite: BulkInviteSummaryFragment };

const TITLES: Record<Step["name"], string> = {
  upload: "Bulk invite from a CSV",
  "loading-job": "Bulk invite",
  "job-failed": "Bulk invite",
  previewing: "Bulk invite",
  "preview-failed": "Bulk invite",
  preview: "Review the bulk invite",
  sending: "Sending invites",
  report: "Bulk invite sent",
};

type Props = {
  source: BulkInviteSource;
  opened: boolean;
  onClose: (result: BulkInviteClosed) => void;
};

/**
 * Upload (or a selection) → preview → send with progress → report. Nothing is sent before the
 * preview is confirmed; once it is, the server carries on whether or not this stays open.
 */
export default function BulkInviteModal({ source, opened, onClose }: Props) {
  const phone = useMediaQuery("(max-width: 48em)", false, { getInitialValueInEffect: false });
  const fromFile = source.kind === "csv";
  const [step, setStep] = useState<Step>(
    fromFile ? { name: "upload" } : source.kind === "job" ? { name: "loading-job" } : { name: "previewing" },
  );
  const [previewSelection] = usePreviewBulkInvite();
  const client = useApolloClient();
  // A job reopened from the list changed nothing by being looked at, unless it finishes while open.
  const [finishedHere, setFinishedHere] = useState(false);
  const started = source.kind === "job" ? finishedHere : step.name === "sending" || step.name === "report";

  const loadJob = useCallback(async () => {
    if (source.kind !== "job") return;
    setStep({ name: "loading-job" });
    try {
      const { data } = await client.query({
        query: BulkInviteProgressQuery,
        variables: { id: source.jobId },
        fetchPolicy: "network-only",
      });
      const invite = data?.bulkInvite;
      if (invite) setStep(isFinished(invite.status) ? { name: "report", invite } : { name: "sending", invite });
    } catch (e) {
      setStep({ name: "job-failed", message: errorInfo(e).message });
    }
  }, [source, client]);

  const loadSelection = useCallback(async () => {
    if (source.kind !== "selection") return;
    setStep({ name: "previewing" });
    try {
      const { data } = await previewSelection({ variables: { customerIds: source.customerIds } });
      if (data) setStep({ name: "preview", invite: data.previewBulkInvite });
    } catch (e) {
      setStep({ name: "preview-failed", message: errorInfo(e).message });
    }
  }, [source, previewSelection]);

  // Once per dialog: every preview is stored on the server, so a second call would leave a stray one.
  const asked = useRef(false);
  useEffect(() => {
    if (asked.current) return;
    asked.current = true;
    void loadSelection();
    void loadJob();
  }, [loadSelection, loadJob]);

  const close = () => onClose({ started });
  const onFinished = useCallback((invite: BulkInviteSummaryFragment) => {
    setFinishedHere(true);
    setStep({ name: "report", invite });
  }, []);

  // The report is the end: every step shows as done.
  const active = {
    upload: 0,
    previewing: 1,
    "preview-failed": 1,
    preview: 1,
    "loading-job": 2,
    "job-failed": 2,
    sending: 2,
    report: 4,
  }[step.name];
  const offset = fromFile ? 0 : 1;

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={TITLES[step.name]}
      size={phone ? "100%" : "xl"}
      fullScreen={phone}
      closeOnClickOutside={false}
      closeButtonProps={{ "aria-label": "Close bulk invite" }}
      radius={phone ? 0 : "md"}
      transitionProps={phone ? { transition: "fade", duration: 150 } : undefined}
    >
      <Stack gap="lg">
        <Stepper active={active - offset} size="xs" iconSize={26} allowNextStepsSelect={false} visibleFrom="sm">
          {fromFile && <Stepper.Step label="Upload" />}
          <Stepper.Step label="Review" />
          <Stepper.Step label="Send" />
          <Stepper.Step label="Report" />
        </Stepper>

        {step.name === "upload" && <UploadStep onPreview={(invite) => setStep({ name: "preview", invite })} />}

        {step.name === "previewing" && source.kind === "selection" && (
          <Stack gap="sm" align="center" py={64} role="status">
            <Loader size="md" />
            <Text size="sm" c="dimmed">
              Checking {plural(source.customerIds.length, "selected customer")}…
            </Text>
          </Stack>
        )}

        {step.name === "loading-job" && (
          <Stack gap="sm" align="center" py={64} role="status">
            <Loader size="md" />
            <Text size="sm" c="dimmed">
              Opening the bulk invite…
            </Text>
          </Stack>
        )}

        {step.name === "job-failed" && (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertCircle size={20} />}
            title="Could not open this bulk invite"
            role="alert"
          >
            <Stack gap="sm">
              <Text size="sm">{step.message}</Text>
              <Group gap="sm">
                <Button
                  size="xs"
                  variant="white"
                  color="red"
                  leftSection={<IconRefresh size={14} />}
                  onClick={() => void loadJob()}
                >
                  Try again
                </Button>
                <Button size="xs" variant="subtle" color="gray" onClick={close}>
                  Close
                </Button>
              </Group>
            </Stack>
          </Alert>
        )}

        {step.name === "preview-failed" && (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertCircle size={20} />}
            title="Could not prepare the invite"
            role="alert"
          >
            <Stack gap="sm">
              <Text size="sm">{step.message} Nothing was sent.</Text>
              <Group gap="sm">
                <Button
                  size="xs"
                  variant="white"
                  color="red"
                  leftSection={<IconRefresh size={14} />}
                  onClick={() => void loadSelection()}
                >
                  Try again
                </Button>
                <Button size="xs" variant="subtle" color="gray" onClick={close}>
                  Close
                </Button>
              </Group>
            </Stack>
          </Alert>
        )}

        {step.name === "preview" && (
          <PreviewStep
            invite={step.invite}
            fromFile={fromFile}
            onBack={fromFile ? () => setStep({ name: "upload" }) : close}
            onStarted={(invite) => setStep({ name: "sending", invite })}
          />
        )}

        {step.name === "sending" && <SendingStep invite={step.invite} onFinished={onFinished} />}

        {step.name === "report" && <ReportStep invite={step.invite} onClose={close} />}
      </Stack>
    </Modal>
  );
}
