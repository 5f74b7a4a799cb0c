import { Alert, Badge, Button, Card, Group, Stack, Text, ThemeIcon } from "@mantine/core";
import { describeCard } from "@portico/web-core/cards";
import { IconCircleCheck, IconCreditCard, IconLock } from "@tabler/icons-react";
import { PreviewNote } from "../../../components/PreviewNote";
import type { PaymentSetupReturn } from "../../../gql/graphql";
import { useIsPreview } from "../../../lib/viewer";
import { useAddPaymentMethod } from "../api/stripe-checkout";

/** The card on file: saved, or how to save one, on Stripe's own page. */
export function PaymentMethodCard({
  onFile,
  card,
  facilityName,
  returnTo,
  confirming = false,
}: {
  onFile: boolean;
  /** Back from Stripe and waiting for its word: a second checkout now would only confuse. */
  confirming?: boolean;
  card?: { brand: string; last4: string; expires?: string | null } | null;
  facilityName: string;
  returnTo: PaymentSetupReturn;
}) {
  const preview = useIsPreview();
  const { go, leaving, error } = useAddPaymentMethod(returnTo);
  return (
    <Card withBorder radius="lg" padding="lg" component="section" aria-labelledby="payment-method" h="100%">
      <Stack gap="sm" h="100%">
        <Group gap="sm" wrap="nowrap" justify="space-between">
          <Group gap="sm" wrap="nowrap">
            <ThemeIcon variant="light" radius="xl" size="lg" aria-hidden>
              <IconCreditCard size={18} />
            </ThemeIcon>
            <Text fw={650} id="payment-method">
              Payment method
            </Text>
          </Group>
          {onFile && (
            <Badge color="teal" variant="light" radius="sm" tt="none" leftSection={<IconCircleCheck size={14} />}>
              Card on file
            </Badge>
          )}
        </Group>
        {onFile && card && (
          <div>
            <Text fw={600} data-testid="saved-card">
              {describeCard(card)}
            </Text>
            {card.expires && (
              <Text size="xs" c="dimmed">
                Expires {card.expires}
              </Text>
            )}
          </div>
        )}
        <Text size="sm">
          {onFile
            ? `Your card is saved with Stripe, so paying ${facilityName} takes a click.`
            : `Save a card and paying ${facilityName} takes a click. You choose when to pay each invoice.`}
        </Text>
        {error && (
          <Alert color="red" variant="light" role="alert" py="xs">
            {error}
          </Alert>
        )}
        {preview && <PreviewNote>Saving a card is turned off in a preview.</PreviewNote>}
        <Group mt="auto" gap="md" wrap="wrap">
          <Button
            variant={onFile ? "default" : "filled"}
            onClick={go}
            loading={leaving}
            disabled={preview || confirming}
            leftSection={<IconCreditCard size={16} />}
          >
            {onFile ? "Replace card" : "Add a payment method"}
          </Button>
        </Group>
        <Group gap={6} wrap="nowrap" align="flex-start">
          <IconLock size={14} color="var(--mantine-color-dimmed)" style={{ marginTop: 2, flexShrink: 0 }} aria-hidden />
          <Text size="xs" c="dimmed">
            You'll enter your card on Stripe's secure page. {facilityName} never sees your full card number.
          </Text>
        </Group>
      </Stack>
    </Card>
  );
}
