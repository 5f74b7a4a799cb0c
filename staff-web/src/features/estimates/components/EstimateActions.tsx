import { Anchor, Button, Group, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { errorInfo } from "@portico/web-core/errors";
import { IconCheck, IconFileInvoice, IconSend } from "@tabler/icons-react";
import { useState } from "react";
import type { EstimateFieldsFragment } from "../../../gql/graphql";
import { useConvertEstimate } from "../api/convert-estimate";
import type { EstimateCustomer } from "./estimate-customer";
import { useOpenInvoice } from "./use-open-invoice";

/** What staff can do next with an estimate, which its status decides: send it, wait, invoice it, open its invoice. */
export function EstimateActions({
  customer,
  estimate,
  invoiceNumber,
  onSend,
}: {
  customer: EstimateCustomer;
  estimate: EstimateFieldsFragment;
  invoiceNumber: string | undefined;
  onSend: () => void;
}) {
  const [convert, { loading }] = useConvertEstimate(customer.id);
  const openInvoice = useOpenInvoice();
  const [error, setError] = useState<string | null>(null);

  const createInvoice = async () => {
    setError(null);
    try {
      const { data } = await convert({ variables: { id: estimate.id } });
      const invoice = data?.convertEstimateToInvoice;
      notifications.show({
        color: "teal",
        icon: <IconCheck size={18} />,
        message: invoice ? `Draft invoice ${invoice.number} created` : "Draft invoice created",
      });
      // Straight to the new draft, to check it and issue it.
      if (invoice) openInvoice(invoice.id);
    } catch (e) {
      setError(errorInfo(e).message);
    }
  };

  let actions: React.ReactNode = null;
  switch (estimate.status) {
    case "DRAFT":
      actions = (
        <>
          <Text size="xs" c="dimmed">
            Only you can see drafts. Sending emails the customer a link to review it.
          </Text>
          <Button size="xs" leftSection={<IconSend size={14} />} onClick={onSend}>
            Send to customer
          </Button>
        </>
      );
      break;
    case "SENT":
      actions = (
        <Text size="xs" c="dimmed">
          Waiting for {customer.name}'s answer in the portal.
        </Text>
      );
      break;
    case "ACCEPTED":
    case "PARTIALLY_ACCEPTED":
      actions = (
        <>
          <Text size="xs" c="dimmed">
            {estimate.status === "ACCEPTED" ? "Every line was accepted." : "Only the accepted lines go on the invoice."}
          </Text>
          <Button size="xs" leftSection={<IconFileInvoice size={14} />} loading={loading} onClick={createInvoice}>
            Create invoice
          </Button>
        </>
      );
      break;
    case "DECLINED":
      actions = (
        <Text size="xs" c="dimmed">
          Declined. Write a new estimate if the work changes.
        </Text>
      );
      break;
    case "INVOICED":
      actions = (
        <Group gap={6}>
          <IconFileInvoice size={16} color="var(--mantine-color-violet-7)" aria-hidden />
          <Text size="sm">
            Invoiced as{" "}
            {estimate.invoiceId ? (
              <Anchor
                component="button"
                type="button"
                fw={600}
                size="sm"
                onClick={() => openInvoice(estimate.invoiceId)}
              >
                {invoiceNumber ?? "a draft invoice"}
              </Anchor>
            ) : (
              "a draft invoice"
            )}
          </Text>
        </Group>
      );
      break;
  }

  return (
    <Stack gap={4}>
      <Group justify="space-between" gap="sm" wrap="wrap">
        {actions}
      </Group>
      {error && (
        <Text size="xs" c="red" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
