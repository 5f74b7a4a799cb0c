import { Alert, Avatar, Button, Group, Modal, Paper, Skeleton, Stack, Text, ThemeIcon } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type ErrorInfo, errorInfo } from "@portico/web-core/errors";
import { compactDuration, dateTime, relativeTime } from "@portico/web-core/time";
import {
  IconAlertCircle,
  IconCar,
  IconCheck,
  IconCreditCard,
  IconCreditCardOff,
  IconMail,
  IconMessage,
} from "@tabler/icons-react";
import { useState } from "react";
import type {
  ContactInviteTargetFragment,
  InPersonDelivery,
  InvitationFieldsFragment,
  InviteAction,
  InvitePreviewQuery,
  InviteTargetFragment,
  PortalState,
} from "../../../gql/graphql";
import { initials } from "../../../lib/initials";
import { countdownFrom, useNow } from "../../../lib/use-now";
import { CONTACT_ROLE } from "../../contacts/contact-role";
import { useContactInvitePreview } from "../api/contact-invite-preview";
import { useInviteContactInPerson } from "../api/invite-contact-in-person";
import { useInviteInPerson } from "../api/invite-in-person";
import { useInvitePreview } from "../api/invite-preview";
import { useSendContactInvite } from "../api/send-contact-invite";
import { useSendInvite } from "../api/send-invite";
import { deliveryText, handedInPerson } from "../portal-status";
import { InPersonInvite, type InPersonLink } from "./InPersonInvite";
import classes from "./InviteDialog.module.css";
import type { InvitePerson } from "./invite-person";

type Props = InvitePerson & {
  /** The action the button that opened the dialog offered; fixes the title while it is open. */
  mode: InviteAction;
  opened: boolean;
  onClose: () => void;
};

export function InviteDialog({ mode, opened, onClose, ...person }: Props) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={mode === "RESEND" ? "Resend portal invite" : "Send portal invite"}
      size="lg"
    >
      {person.contact ? (
        <ContactInviteBody contact={person.contact} customer={person.customer} mode={mode} onDone={onClose} />
      ) : (
        <CustomerInviteBody customer={person.customer} mode={mode} onDone={onClose} />
      )}
    </Modal>
  );
}

function CustomerInviteBody({
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
  const [inviteInPerson] = useInviteInPerson();
  const now = useNow();
  const fresh = preview.data?.customer;

  return (
    <InviteConfirmation
      name={fresh?.name ?? customer.name}
      email={fresh ? fresh.email : customer.email}
      channels={fresh?.texts}
      // The preview re-reads the status: if someone else invited meanwhile, the server's answer wins.
      status={fresh ? fresh.portalStatus : customer.portalStatus}
      mode={mode}
      preview={preview}
      loaded={!!fresh}
      facts={fresh && <CustomerFacts customer={fresh} mode={mode} now={now} />}
      sending={sending.loading}
      send={async () => {
        const { data } = await sendInvite({ variables: { customerId: customer.id } });
        const sent = data?.sendInvite.invitation;
        return sent ? sentTo(sent) : undefined;
      }}
      showInPerson={async (via) => {
        const { data } = await inviteInPerson({ variables: { customerId: customer.id, via } });
        return data?.inviteInPerson.link;
      }}
      onDone={onDone}
    />
  );
}

function ContactInviteBody({
  contact,
  customer,
  mode,
  onDone,
}: {
  contact: ContactInviteTargetFragment;
  customer: { id: string; name: string };
  mode: InviteAction;
  onDone: () => void;
}) {
  const preview = useContactInvitePreview(customer.id);
  const [sendContactInvite, sending] = useSendContactInvite();
  const [inviteContactInPerson] = useInviteContactInPerson();
  const now = useNow();
  const account = preview.data?.customer;
  const fresh = account?.contacts.find((c) => c.id === contact.id);
  const gone = !!account && !fresh;

  return (
    <InviteConfirmation
      name={fresh?.name ?? contact.name}
      subtitle={`${CONTACT_ROLE[fresh?.role ?? contact.role]} · on ${account?.name ?? customer.name}'s account`}
      email={fresh ? fresh.email : contact.email}
      channels={fresh?.texts}
      status={fresh ? fresh.portalStatus : contact.portalStatus}
      mode={mode}
      preview={preview}
      loaded={!!account}
      blocked={gone ? "This contact has been removed from the account." : undefined}
      facts={
        account && (
          <Stack gap="sm">
            <Fact ok={account.cars.length > 0} icon={<IconCar size={16} />}>
              {accountSummary(
                fresh?.name ?? contact.name,
                account.name,
                account.cars.map((c) => c.displayName),
              )}
            </Fact>
            {mode === "RESEND" && fresh?.lastInvitation && <LastInvite invitation={fresh.lastInvitation} now={now} />}
          </Stack>
        )
      }
      sending={sending.loading}
      send={async () => {
        const { data } = await sendContactInvite({ variables: { contactId: contact.id } });
        const sent = data?.sendContactInvite.invitation;
        return sent ? sentTo(sent) : undefined;
      }}
      showInPerson={async (via) => {
        const { data } = await inviteContactInPerson({ variables: { contactId: contact.id, via } });
        return data?.inviteContactInPerson.link;
      }}
      onDone={onDone}
    />
  );
}

type PreviewState = { error?: unknown; refetch: () => Promise<unknown> };

/** Where an invite went, for the toast: the email, the number, or both. */
function sentTo(invitation: { email: string; phoneDisplay?: string | null }): string {
  return [invitation.email, invitation.phoneDisplay].filter(Boolean).join(" and ");
}

/** Which channels the invite will use, as the server decided them. */
type Channels = { sendsEmail: boolean; sendsText: boolean; channelSummary: string };

/** The parts every invite confirmation shares: who, where the email goes, the facts, and the send. */
function InviteConfirmation({
  name,
  subtitle,
  email,
  channels,
  status,
  mode,
  preview,
  loaded,
  blocked,
  facts,
  sending,
  send,
  showInPerson,
  onDone,
}: {
  name: string;
  subtitle?: string;
  email: string | null;
  status: { state: PortalState; action: InviteAction | null; reason: string };
  channels?: Channels;
  mode: InviteAction;
  preview: PreviewState;
  loaded: boolean;
  /** Why sending is impossible, when the preview shows it. */
  blocked?: string;
  facts: React.ReactNode;
  sending: boolean;
  /** Sends and answers the address the invite went to. */
  send: () => Promise<string | undefined>;
  /** Makes a one-time in-person link and answers it. */
  showInPerson: (via: InPersonDelivery) => Promise<InPersonLink | undefined>;
  onDone: () => void;
}) {
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [handedOver, setHandedOver] = useState(false);
  const now = useNow();
  const action = blocked ? null : status.action;
  // Anyone who may be invited at all may be invited in person, cooldown or not: nothing is sent.
  const inPerson = loaded && !blocked && IN_PERSON_STATES.has(status.state);

  const confirm = async () => {
    setError(null);
    try {
      const sentTo = await send();
      notifications.show({
        color: "teal",
        icon: <IconCheck size={18} />,
        message: `Invite sent to ${sentTo ?? email}`,
      });
      onDone();
    } catch (e) {
      const info = errorInfo(e);
      setError(info);
      if (info.code === "CONFLICT" || info.code === "BAD_USER_INPUT" || info.code === "NOT_FOUND") {
        void preview.refetch();
      }
    }
  };

  const retryAt = typeof error?.extensions.resendAvailableAt === "string" ? error.extensions.resendAvailableAt : null;

  return (
    <Stack gap="md">
      <Group wrap="nowrap" align="center" gap="md">
        <Avatar color="portico" radius="xl" size="lg">
          {initials(name)}
        </Avatar>
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text fw={650} size="xl" lh={1.3} style={{ overflowWrap: "anywhere" }}>
            {name}
          </Text>
          {subtitle && (
            <Text size="sm" c="dimmed">
              {subtitle}
            </Text>
          )}
        </Stack>
      </Group>

      <Paper radius="md" p="sm" bg="portico.0">
        <Group gap="sm" wrap="nowrap" align="center">
          <ThemeIcon size={32} radius="xl" variant="white" aria-hidden visibleFrom="xs">
            {channels?.sendsText ? <IconMessage size={18} /> : <IconMail size={18} />}
          </ThemeIcon>
          {channels?.sendsText ? (
            <Text size="sm" data-testid="invite-recipient" style={{ minWidth: 0 }}>
              <strong className={classes.recipientEmail}>{channels.channelSummary}</strong>
            </Text>
          ) : (
            <Text size="sm" c="dimmed" data-testid="invite-recipient" style={{ minWidth: 0 }}>
              The invite goes to: <strong className={classes.recipientEmail}>{email ?? "no email on record"}</strong>
            </Text>
          )}
        </Group>
      </Paper>

      <Paper withBorder radius="md" p="md">
        {preview.error && !loaded ? (
          <Alert color="red" icon={<IconAlertCircle size={18} />} title="Could not load the invite details">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{errorInfo(preview.error).message}</Text>
              <Button size="xs" variant="light" color="red" onClick={() => void preview.refetch()}>
                Retry
              </Button>
            </Stack>
          </Alert>
        ) : !loaded ? (
          <Stack gap="sm" aria-busy="true" aria-label="Loading invite details">
            <Skeleton height={18} width="80%" />
            <Skeleton height={18} width="55%" />
            {mode === "RESEND" && <Skeleton height={18} width="70%" />}
          </Stack>
        ) : (
          facts
        )}
      </Paper>

      {loaded && !action && !error && !handedOver && (
        <Alert color="yellow" icon={<IconAlertCircle size={18} />} role="status">
          {blocked ?? status.reason}
        </Alert>
      )}

      {error && (
        <Alert color="red" icon={<IconAlertCircle size={18} />} title="The invite was not sent" role="alert">
          {error.message}
          {retryAt && ` Available in ${compactDuration(countdownFrom(now), new Date(retryAt))}.`}
        </Alert>
      )}

      {inPerson && <InPersonInvite create={showInPerson} onShown={() => setHandedOver(true)} />}

      <Group justify="flex-end" gap="sm" mt="xs">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button onClick={confirm} loading={sending} disabled={!loaded || !action} leftSection={<IconMail size={16} />}>
          {(action ?? mode) === "RESEND" ? "Resend Invite" : "Send Invite"}
        </Button>
      </Group>
    </Stack>
  );
}

const IN_PERSON_STATES: ReadonlySet<PortalState> = new Set([
  "NOT_INVITED",
  "INVITED",
  "INVITE_RESENDABLE",
  "INVITE_EXPIRED",
  "BOUNCED",
]);

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

function LastInvite({ invitation, now }: { invitation: InvitationFieldsFragment; now: Date }) {
  return (
    <Fact
      ok={invitation.deliveryState === "DELIVERED" || invitation.deliveryState === "SENT"}
      icon={<IconMail size={16} />}
    >
      Last invite {handedInPerson(invitation) ? "handed over" : "sent"}{" "}
      {relativeTime(new Date(invitation.createdAt), now)} ({dateTime(new Date(invitation.createdAt))}) —{" "}
      {deliveryText(invitation)}
    </Fact>
  );
}

function CustomerFacts({ customer, mode, now }: { customer: PreviewCustomer; mode: InviteAction; now: Date }) {
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
      {mode === "RESEND" && lastInvitation && <LastInvite invitation={lastInvitation} now={now} />}
    </Stack>
  );
}

const CARS_LISTED = 3;

function listCars(names: string[]): string {
  const shown = names.slice(0, CARS_LISTED).join(", ");
  const more = names.length > CARS_LISTED ? ` and ${names.length - CARS_LISTED} more` : "";
  return `${shown}${more}`;
}

function countCars(n: number): string {
  return `${n} ${n === 1 ? "car" : "cars"}`;
}

/** "2 cars: 1967 Ford Mustang Fastback, 1973 Porsche 911 Carrera RS" */
export function carsSummary(names: string[]): string {
  if (names.length === 0) return "No cars assigned yet — customers like to see their cars on first sign-in";
  return `${countCars(names.length)}: ${listCars(names)}`;
}

/** "Sam Lee will see Ann Lee's account: 2 cars (1967 Ford Mustang Fastback, 1973 Porsche 911)" */
export function accountSummary(contactName: string, customerName: string, cars: string[]): string {
  const account = `${contactName} will see ${customerName}'s account`;
  if (cars.length === 0) return `${account}: no cars assigned yet`;
  return `${account}: ${countCars(cars.length)} (${listCars(cars)})`;
}
