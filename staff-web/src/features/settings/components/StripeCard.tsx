import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  CopyButton,
  Group,
  List,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { IconAlertCircle, IconCheck, IconCopy, IconPlugConnected } from "@tabler/icons-react";
import { useState } from "react";
import { ConfirmDialog } from "../../../components/ConfirmDialog";
import type { PortalSettingsFieldsFragment } from "../../../gql/graphql";
import { applyServerErrors } from "../../../lib/forms";
import { useUpdateStripeSettings } from "../api/update-stripe-settings";
import { SettingsSection } from "./SettingsSection";

type StripeFacility = Pick<
  PortalSettingsFieldsFragment,
  "name" | "stripeConnected" | "stripeKeyHint" | "stripeTestMode" | "stripeWebhookUrl"
>;

const SECRET_KEY = /^(sk|rk)_(test|live)_[A-Za-z0-9]+$/;
const WEBHOOK_SECRET = /^whsec_[A-Za-z0-9]+$/;

function WebhookUrl({ url }: { url: string }) {
  return (
    <TextInput
      label="Webhook endpoint URL"
      description="Stripe tells Portico about payments here."
      value={url}
      readOnly
      variant="filled"
      onFocus={(e) => e.currentTarget.select()}
      rightSection={
        <CopyButton value={url} timeout={2000}>
          {({ copied, copy }) => (
            <Tooltip label={copied ? "Copied" : "Copy"} withArrow position="left">
              <ActionIcon
                variant="subtle"
                color={copied ? "teal" : "gray"}
                onClick={copy}
                aria-label="Copy the webhook URL"
              >
                {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
              </ActionIcon>
            </Tooltip>
          )}
        </CopyButton>
      }
    />
  );
}

function ConnectForm({
  facility,
  onDone,
  onCancel,
}: {
  facility: StripeFacility;
  onDone: () => void;
  onCancel?: () => void;
}) {
  const [save, { loading }] = useUpdateStripeSettings();
  const [error, setError] = useState<string | null>(null);
  const form = useForm({
    mode: "controlled",
    initialValues: { secretKey: "", webhookSecret: "" },
    validate: {
      secretKey: (v) =>
        SECRET_KEY.test(v.trim()) ? null : "Paste the secret key from Stripe: it starts with sk_live_ or sk_test_",
      webhookSecret: (v) =>
        WEBHOOK_SECRET.test(v.trim()) ? null : "Paste the endpoint's signing secret: it starts with whsec_",
    },
  });
  const submit = form.onSubmit(async (values) => {
    setError(null);
    try {
      await save({
        variables: { input: { secretKey: values.secretKey.trim(), webhookSecret: values.webhookSecret.trim() } },
      });
      notifications.show({ color: "teal", icon: <IconCheck size={18} />, message: "Stripe connected" });
      onDone();
    } catch (e) {
      setError(applyServerErrors(form, e, ["secretKey", "webhookSecret"]));
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Connect Stripe">
      <Stack gap="md">
        <List type="ordered" size="sm" spacing={6}>
          <List.Item>In Stripe, open Developers → API keys and copy the secret key.</List.Item>
          <List.Item>
            In Developers → Webhooks, add an endpoint with the URL below, listening for{" "}
            <Text span ff="monospace" size="sm">
              checkout.session.completed
            </Text>
            , and copy its signing secret.
          </List.Item>
        </List>
        <WebhookUrl url={facility.stripeWebhookUrl} />
        <PasswordInput
          label="Secret key"
          placeholder="sk_live_…"
          autoComplete="off"
          withAsterisk
          {...form.getInputProps("secretKey")}
        />
        <PasswordInput
          label="Webhook signing secret"
          placeholder="whsec_…"
          autoComplete="off"
          withAsterisk
          {...form.getInputProps("webhookSecret")}
        />
        {error && (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
            {error}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
          )}
          <Button type="submit" loading={loading} leftSection={<IconPlugConnected size={18} />}>
            {facility.stripeConnected ? "Save new keys" : "Connect Stripe"}
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          Portico checks the key with Stripe before saving it, and never shows it again.
        </Text>
      </Stack>
    </form>
  );
}

/** Settings → Online payments: the facility's Stripe keys (admins), or their state (staff). */
export function StripeCard({ facility, canEdit }: { facility: StripeFacility; canEdit: boolean }) {
  const [replacing, setReplacing] = useState(false);
  const [disconnecting, setDisconnecting] = useState(false);
  const [save] = useUpdateStripeSettings();

  return (
    <SettingsSection
      id="stripe-heading"
      title="Online payments"
      description="Connect your Stripe account and customers pay invoices and save a card in the portal. Money goes straight to your Stripe account."
    >
      <Stack gap="md">
        <Group gap="sm">
          {facility.stripeConnected ? (
            <Badge color="teal" variant="light" radius="sm" tt="none" size="lg" leftSection={<IconCheck size={14} />}>
              Connected
            </Badge>
          ) : (
            <Badge color="gray" variant="light" radius="sm" tt="none" size="lg">
              Not connected
            </Badge>
          )}
          {facility.stripeConnected && facility.stripeTestMode && (
            <Badge color="yellow" variant="light" radius="sm" tt="none" size="lg">
              Test mode
            </Badge>
          )}
          {facility.stripeKeyHint && (
            <Text size="sm" c="dimmed" ff="monospace" aria-label="Secret key">
              {facility.stripeKeyHint}
            </Text>
          )}
        </Group>
        {facility.stripeConnected && facility.stripeTestMode && (
          <Text size="sm" c="dimmed">
            With a test key no real money moves: customers can pay with Stripe's test cards.
          </Text>
        )}

        {!canEdit ? (
          <Text size="sm" c="dimmed">
            Only admins of {facility.name} can connect or change the Stripe account.
          </Text>
        ) : !facility.stripeConnected || replacing ? (
          <ConnectForm
            facility={facility}
            onDone={() => setReplacing(false)}
            onCancel={replacing ? () => setReplacing(false) : undefined}
          />
        ) : (
          <>
            <WebhookUrl url={facility.stripeWebhookUrl} />
            <Group gap="sm">
              <Button variant="default" onClick={() => setReplacing(true)}>
                Replace keys
              </Button>
              <Button variant="subtle" color="red" onClick={() => setDisconnecting(true)}>
                Disconnect
              </Button>
            </Group>
          </>
        )}
      </Stack>
      {disconnecting && (
        <ConfirmDialog
          title="Disconnect Stripe?"
          confirmLabel="Disconnect"
          onClose={() => setDisconnecting(false)}
          onConfirm={async () => {
            await save({ variables: { input: { secretKey: null, webhookSecret: null } } });
            notifications.show({ color: "teal", message: "Stripe disconnected" });
          }}
        >
          Customers will no longer pay or save cards in the portal: Billing shows your offline payment instructions
          instead. Payments already made stay recorded.
        </ConfirmDialog>
      )}
    </SettingsSection>
  );
}
