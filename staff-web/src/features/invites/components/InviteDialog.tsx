import { Alert, Avatar, Button, Group, Modal, Paper, Skeleton, Stack, Text, ThemeIcon } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type ErrorInfo, errorInfo } from "@portico/web-core/errors";
import { compactDuration, dateTime, relativeTime } from "@portico/web-core/time";
import { IconAlertCircle, IconCar, IconCheck, IconCreditCard, IconCreditCardOff, IconMail } from "@tabler/icons-react";
import { useState } from "react";
import type { InviteAction, InvitePreviewQuery, InviteTargetFragment } from "../../../gql/graphql";
import { initials } from "../../../lib/initials";
import { countdownFrom, useNow } from "../../../lib/use-now";
import { useInvitePreview } from "../api/invite-preview";
import { useSendInvite } from "../api/send-invite";
import classes from "./InviteDialog.module.css";
import { deliveryText } from "./portal-status";

type Props = {
  customer: InviteTargetFragment;
  /** The action the button that opened the dialog offered; fixes the title while it is open. */
  mode: InviteAction;
  opened: boolean;
  onClose: () => void;
};

export function InviteDialog({ customer, mode, opened, onClose }: Props) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={mode === "RESEND" ? "Resend portal invite" : "Send portal invite"}
      size="lg"
    >
      <InviteDialogBody customer={customer} mode={mode} onDone={onClose} />
    </Modal>
  );
}

function InviteDialogBody({
  customer,
  mode,
  onDone,
}: {
  customer: InviteTargetFragment;
  mode: InviteAction;
  onDone: () => void;
}) {
  const preview = useInvitePreview(customer.id);
  const [sendInvite, sending] = useSendInvite();
  const [error, setError] = useState<ErrorInfo | null>(null);
  const now = useNow();
  const fresh = preview.data?.customer;
  const email = fresh ? fresh.email : customer.email;
  // The preview re-reads the status: if someone else invited meanwhile, the server's answer wins.
  const action = fresh ? fresh.portalStatus.action : customer.portalStatus.action;

  const confirm = async () => {
    setError(null);
    try {
      const { data } = await sendInvite({ variables: { customerId: customer.id } });
      notifications.show({
        color: "teal",
        icon: <IconCheck size={18} />,
        message: `Invite sent to ${data?.sendInvite.invitation.email ?? email}`,
      });
      onDone();
    } catch (e) {
      const info = errorInfo(e);
      setError(info);
      if (info.code === "CONFLICT" || info.code === "BAD_USER_INPUT") void preview.refetch();
    }
  };

  const retryAt = typeof error?.extensions.resendAvailableAt === "string" ? error.extensions.resendAvailableAt : null;

  return (
    <Stack gap="md">
      <Group wrap="nowrap" align="center" gap="md">
        <Avatar color="portico" radius="xl" size="lg">
          {initials(customer.name)}
        </Avatar>
        <Text fw={650} size="xl" lh={1.3} style={{ overflowWrap: "anywhere" }}>
          {fresh?.name ?? customer.name}
        </Text>
      </Group>

      <Paper radius="md" p="sm" bg="portico.0">
        <Group gap="sm" wrap="nowrap" align="center">
          <ThemeIcon size={32} radius="xl" variant="white" aria-hidden visibleFrom="xs">
            <IconMail size={18} />
          </ThemeIcon>
          <Text size="sm" c="dimmed" data-testid="invite-recipient" style={{ minWidth: 0 }}>
            The invite goes to: <strong className={classes.recipientEmail}>{email ?? "no email on record"}</strong>
          </Text>
        </Group>
      </Paper>

      <Paper withBorder radius="md" p="md">
        {preview.error && !fresh ? (
          <Alert color="red" icon={<IconAlertCircle size={18} />} title="Could not load the customer's details">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{errorInfo(preview.error).message}</Text>
              <Button size="xs" variant="light" color="red" onClick={() => void preview.refetch()}>
                Retry
              </Button>
            </Stack>
          </Alert>
        ) : !fresh ? (
          <Stack gap="sm" aria-busy="true" aria-label="Loading invite details">
            <Skeleton height={18} width="80%" />
            <Skeleton height={18} width="55%" />
            {mode === "RESEND" && <Skeleton height={18} width="70%" />}
          </Stack>
        ) : (
          <InviteFacts customer={fresh} mode={mode} now={now} />
        )}
      </Paper>

      {fresh && !action && !error && (
        <Alert color="yellow" icon={<IconAlertCircle size={18} />} role="status">
          {fresh.portalStatus.reason}
        </Alert>
      )}

      {error && (
        <Alert color="red" icon={<IconAlertCircle size={18} />} title="The invite was not sent" role="alert">
          {error.message}
          {retryAt && ` Available in ${compactDuration(countdownFrom(now), new Date(retryAt))}.`}
        </Alert>
      )}

      <Group justify="flex-end" gap="sm" mt="xs">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button
          onClick={confirm}
          loading={sending.loading}
          disabled={!fresh || !action}
          leftSection={<IconMail size={16} />}
        >
          {(action ?? mode) === "RESEND" ? "Resend Invite" : "Send Invite"}
        </Button>
      </Group>
    </Stack>
  );
}

type PreviewCustomer = InvitePreviewQuery["customer"];

function Fact({ ok, icon, children }: { ok: boolean; icon: React.ReactNode; children: React.ReactNode }) {
  return (
    <Group gap="sm" wrap="nowrap" align="flex-start">
      <ThemeIcon size={26} radius="xl" variant="light" color={ok ? "teal" : "orange"} aria-hidden>
        {icon}
      </ThemeIcon>
      <Text size="sm" pt={3}>
        {children}
      </Text>
    </Group>
  );
}

function InviteFacts({ customer, mode, now }: { customer: PreviewCustomer; mode: InviteAction; now: Date }) {
  const { cars, lastInvitation } = customer;
  return (
    <Stack gap="sm">
      <Fact ok={cars.length > 0} icon={<IconCar size={16} />}>
        {carsSummary(cars.map((c) => c.displayName))}
      </Fact>
      <Fact
        ok={customer.paymentSetupConnected}
        icon={customer.paymentSetupConnected ? <IconCreditCard size={16} /> : <IconCreditCardOff size={16} />}
      >
        {customer.paymentSetupConnected ? (
          <>
            Payment setup connected{" "}
            <IconCheck size={14} color="var(--mantine-color-teal-7)" aria-label="yes" style={{ verticalAlign: -2 }} />
          </>
        ) : (
          "No payment method on file"
        )}
      </Fact>
      {mode === "RESEND" && lastInvitation && (
        <Fact
          ok={lastInvitation.deliveryState === "DELIVERED" || lastInvitation.deliveryState === "SENT"}
          icon={<IconMail size={16} />}
        >
          Last invite sent {relativeTime(new Date(lastInvitation.createdAt), now)} (
          {dateTime(new Date(lastInvitation.createdAt))}) — {deliveryText(lastInvitation)}
        </Fact>
      )}
    </Stack>
  );
}

const CARS_LISTED = 3;

/** "2 cars: 1967 Ford Mustang Fastback, 1973 Porsche 911 Carrera RS" */
export function carsSummary(names: string[]): string {
  if (names.length === 0) return "No cars assigned yet — customers like to see their cars on first sign-in";
  const shown = names.slice(0, CARS_LISTED).join(", ");
  const more = names.length > CARS_LISTED ? ` and ${names.length - CARS_LISTED} more` : "";
  return `${names.length} ${names.length === 1 ? "car" : "cars"}: ${shown}${more}`;
}
