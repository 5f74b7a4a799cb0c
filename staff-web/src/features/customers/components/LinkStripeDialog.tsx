import { Alert, Button, Group, Modal, Radio, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { IconAlertCircle, IconCheck } from "@tabler/icons-react";
import { useState } from "react";
import { applyServerErrors } from "../../../lib/forms";
import { useLinkStripeCustomer } from "../api/link-stripe-customer";

type Values = { mode: "new" | "existing"; stripeCustomerId: string };

/** Ties a customer to their record in the facility's Stripe account: a new one, or one that exists. */
export function LinkStripeDialog({
  customer,
  onClose,
}: {
  customer: { id: string; name: string; stripeCustomerId?: string | null };
  onClose: () => void;
}) {
  const [link, { loading }] = useLinkStripeCustomer();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<Values>({
    mode: "controlled",
    initialValues: { mode: customer.stripeCustomerId ? "existing" : "new", stripeCustomerId: "" },
    validate: {
      stripeCustomerId: (value, values) =>
        values.mode === "new" || /^cus_[A-Za-z0-9]+$/.test(value.trim())
          ? null
          : "Paste the customer's id from Stripe: it starts with cus_",
    },
  });
  const submit = form.onSubmit(async (values) => {
    setError(null);
    try {
      const result = await link({
        variables: {
          customerId: customer.id,
          stripeCustomerId: values.mode === "existing" ? values.stripeCustomerId.trim() : null,
        },
      });
      const linked = result.data?.linkStripeCustomer;
      notifications.show({
        color: "teal",
        icon: <IconCheck size={18} />,
        message: linked?.paymentSetupConnected
          ? `${customer.name} is linked to Stripe, with a card on file`
          : `${customer.name} is linked to Stripe`,
      });
      onClose();
    } catch (e) {
      setError(applyServerErrors(form, e, ["stripeCustomerId"]));
    }
  });
  return (
    <Modal opened onClose={onClose} title="Link Stripe customer">
      <form onSubmit={submit} noValidate aria-label="Link Stripe customer">
        <Stack gap="md">
          {customer.stripeCustomerId && (
            <Text size="sm">
              Now linked to{" "}
              <Text span ff="monospace" size="sm">
                {customer.stripeCustomerId}
              </Text>
              . Linking another record replaces it.
            </Text>
          )}
          <Radio.Group {...form.getInputProps("mode")} aria-label="Which Stripe customer">
            <Stack gap="sm">
              <Radio value="new" label={`Create a new Stripe customer for ${customer.name}`} />
              <Radio
                value="existing"
                label="Use a customer already in Stripe"
                description="A card saved on it counts as payment setup connected."
              />
            </Stack>
          </Radio.Group>
          {form.values.mode === "existing" && (
            <TextInput
              label="Stripe customer id"
              placeholder="cus_…"
              autoComplete="off"
              data-autofocus
              {...form.getInputProps("stripeCustomerId")}
            />
          )}
          {error && (
            <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
              {error}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={loading}>
              {form.values.mode === "new" ? "Create and link" : "Link"}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
