import { ActionIcon, Alert, Button, CopyButton, Group, Paper, Stack, Text, TextInput, Tooltip } from "@mantine/core";
import { type ErrorInfo, errorInfo } from "@portico/web-core/errors";
import { IconAlertCircle, IconCheck, IconClockX, IconCopy, IconQrcode, IconRefresh } from "@tabler/icons-react";
import { useState } from "react";
import type { InPersonDelivery } from "../../../gql/graphql";
import { useNow } from "../../../lib/use-now";
import classes from "./InPersonInvite.module.css";

export type InPersonLink = { url: string; qrCodeSvg?: string | null; expiresAt: string };

type Shown = InPersonLink & { via: InPersonDelivery };

/** "14:32" until the link expires. */
function minutesSeconds(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, "0")}`;
}

async function copyToClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * "In person": a one-time link that lives 15 minutes, as a QR code the customer scans at the counter
 * or a link staff paste into their own message. Asking again voids the link shown before.
 */
export function InPersonInvite({
  create,
  onShown,
}: {
  create: (via: InPersonDelivery) => Promise<InPersonLink | undefined>;
  /** Told once a link is on screen: the dialog's "why Send is off" note no longer applies. */
  onShown?: () => void;
}) {
  const [shown, setShown] = useState<Shown | null>(null);
  const [copied, setCopied] = useState(false);
  const [loading, setLoading] = useState<InPersonDelivery | null>(null);
  const [error, setError] = useState<ErrorInfo | null>(null);

  const show = async (via: InPersonDelivery) => {
    setError(null);
    setLoading(via);
    try {
      const link = await create(via);
      if (!link) return;
      setShown({ ...link, via });
      onShown?.();
      setCopied(via === "COPIED_LINK" && (await copyToClipboard(link.url)));
    } catch (e) {
      setError(errorInfo(e));
    } finally {
      setLoading(null);
    }
  };

  return (
    <Paper withBorder radius="md" p="md" aria-labelledby="in-person-title" component="section">
      <Stack gap="sm">
        <Stack gap={2}>
          <Text id="in-person-title" fw={600} size="sm">
            In person
          </Text>
          <Text size="sm" c="dimmed">
            At the counter or at drop-off: the customer scans a code with their phone, or you paste the link into your
            own message. It works once, for 15 minutes, and replaces any invite sent before.
          </Text>
        </Stack>
        {shown ? (
          <ShownLink shown={shown} copied={copied} loading={loading} onAgain={(via) => void show(via)} />
        ) : (
          <Group gap="sm">
            <Button
              variant="light"
              leftSection={<IconQrcode size={16} />}
              loading={loading === "QR_CODE"}
              disabled={loading !== null}
              onClick={() => void show("QR_CODE")}
            >
              Show QR code
            </Button>
            <Button
              variant="default"
              leftSection={<IconCopy size={16} />}
              loading={loading === "COPIED_LINK"}
              disabled={loading !== null}
              onClick={() => void show("COPIED_LINK")}
            >
              Copy link
            </Button>
          </Group>
        )}
        {error && (
          <Alert color="red" icon={<IconAlertCircle size={18} />} title="No link was made" role="alert">
            {error.message}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}

function ShownLink({
  shown,
  copied,
  loading,
  onAgain,
}: {
  shown: Shown;
  copied: boolean;
  loading: InPersonDelivery | null;
  onAgain: (via: InPersonDelivery) => void;
}) {
  const now = useNow(1000);
  const left = new Date(shown.expiresAt).getTime() - Math.max(now.getTime(), Date.now());
  const expired = left <= 0;
  const qr = shown.via === "QR_CODE" && shown.qrCodeSvg;

  return (
    <Stack gap="sm" align="center" data-testid="in-person-link" data-expired={expired || undefined}>
      {qr && (
        <div className={classes.qrFrame} data-expired={expired || undefined}>
          <img
            className={classes.qr}
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(qr)}`}
            alt="QR code of a one-time portal link"
            data-testid="invite-qr"
          />
          {expired && (
            <div className={classes.qrExpired}>
              <IconClockX size={28} aria-hidden />
            </div>
          )}
        </div>
      )}
      {shown.via === "COPIED_LINK" && (
        <TextInput
          w="100%"
          readOnly
          label={copied ? "Copied to the clipboard" : "Copy this link into your message"}
          value={shown.url}
          data-testid="in-person-url"
          disabled={expired}
          onFocus={(e) => e.currentTarget.select()}
          rightSection={
            <CopyButton value={shown.url}>
              {({ copied: again, copy }) => (
                <Tooltip label={again ? "Copied" : "Copy"} withArrow>
                  <ActionIcon variant="subtle" onClick={copy} aria-label="Copy the link" disabled={expired}>
                    {again ? <IconCheck size={16} /> : <IconCopy size={16} />}
                  </ActionIcon>
                </Tooltip>
              )}
            </CopyButton>
          }
        />
      )}
      {expired ? (
        <Stack gap="xs" align="center">
          <Text size="sm" c="orange.8" fw={500} role="status">
            Expired — {shown.via === "QR_CODE" ? "show a new code" : "copy a new link"}
          </Text>
          <Button
            size="xs"
            variant="light"
            leftSection={<IconRefresh size={14} />}
            loading={loading === shown.via}
            onClick={() => onAgain(shown.via)}
          >
            {shown.via === "QR_CODE" ? "Show a new code" : "Copy a new link"}
          </Button>
        </Stack>
      ) : (
        <Text size="sm" c="dimmed" ta="center" role="timer" aria-live="off">
          {shown.via === "QR_CODE" ? "Scan with the phone's camera. " : "Works once. "}
          Expires in <strong data-testid="in-person-countdown">{minutesSeconds(left)}</strong>
        </Text>
      )}
    </Stack>
  );
}
