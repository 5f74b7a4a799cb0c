import { Alert, Button, type ButtonProps, Stack } from "@mantine/core";
import { IconCreditCard } from "@tabler/icons-react";
import { PreviewNote } from "../../../components/PreviewNote";
import { money } from "../../../lib/format";
import { useIsPreview } from "../../../lib/viewer";
import { usePayInvoiceOnline } from "../api/stripe-checkout";

/** "Pay $500.00": off to Stripe Checkout for the invoice's balance. */
export function PayOnlineButton({
  invoiceId,
  balanceCents,
  ...props
}: { invoiceId: string; balanceCents: number } & ButtonProps) {
  const preview = useIsPreview();
  const { go, leaving, error } = usePayInvoiceOnline(invoiceId);
  return (
    <Stack gap="xs">
      <Button onClick={go} loading={leaving} disabled={preview} leftSection={<IconCreditCard size={18} />} {...props}>
        Pay {money(balanceCents)}
      </Button>
      {preview && <PreviewNote>Paying is turned off in a preview.</PreviewNote>}
      {error && (
        <Alert color="red" variant="light" role="alert" py="xs">
          {error}
        </Alert>
      )}
    </Stack>
  );
}
