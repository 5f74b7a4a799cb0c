import { Anchor, Button, Card, DataList, Group, Text, Title } from "@mantine/core";
import { describeCard } from "@portico/web-core/cards";
import { IconPencil } from "@tabler/icons-react";
import { useState } from "react";
import type { CustomerDetailQuery } from "../../../gql/graphql";
import { EditCustomerDialog } from "./EditCustomerDialog";
import { LinkStripeDialog } from "./LinkStripeDialog";

type Customer = CustomerDetailQuery["customer"];

export function ProfileCard({ customer, stripeConnected }: { customer: Customer; stripeConnected: boolean }) {
  const [editing, setEditing] = useState(false);
  const [linking, setLinking] = useState(false);
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="profile-heading">
      <Group justify="space-between" mb="md">
        <Title order={2} fz="h4" id="profile-heading">
          Profile
        </Title>
        <Button size="xs" variant="default" leftSection={<IconPencil size={14} />} onClick={() => setEditing(true)}>
          Edit profile
        </Button>
      </Group>
      <DataList orientation="vertical" gap="md" size="sm">
        <Item label="Email">
          {customer.email ?? (
            <Text span c="dimmed" size="sm">
              No email — add one to invite them to the portal
            </Text>
          )}
        </Item>
        <Item label="Phone">{customer.phoneDisplay ?? <Muted />}</Item>
        <Item label="Address">
          {customer.address ? <span style={{ whiteSpace: "pre-line" }}>{customer.address}</span> : <Muted />}
        </Item>
        <Item label="Payment setup">
          <Group gap="xs" wrap="wrap" align="baseline">
            {customer.paymentSetupConnected ? (
              <Text span c="teal.8" size="sm" fw={500}>
                Connected{customer.savedCard ? ` · ${describeCard(customer.savedCard)}` : ""}
              </Text>
            ) : (
              <Text span c="dimmed" size="sm">
                No payment method on file
              </Text>
            )}
            {customer.stripeCustomerId && (
              <Text span c="dimmed" size="xs" ff="monospace">
                Stripe {customer.stripeCustomerId}
              </Text>
            )}
            {stripeConnected && (
              <Anchor component="button" type="button" size="sm" onClick={() => setLinking(true)}>
                {customer.stripeCustomerId ? "Change Stripe customer" : "Link Stripe customer"}
              </Anchor>
            )}
          </Group>
        </Item>
        <Item label="Notes">
          {customer.notes ? <span style={{ whiteSpace: "pre-line" }}>{customer.notes}</span> : <Muted />}
        </Item>
      </DataList>
      {editing && <EditCustomerDialog customer={customer} opened={editing} onClose={() => setEditing(false)} />}
      {linking && <LinkStripeDialog customer={customer} onClose={() => setLinking(false)} />}
    </Card>
  );
}

function Item({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel c="dimmed" fz="xs" fw={600} tt="uppercase" style={{ letterSpacing: 0.4 }}>
        {label}
      </DataList.ItemLabel>
      <DataList.ItemValue style={{ overflowWrap: "anywhere" }}>{children}</DataList.ItemValue>
    </DataList.Item>
  );
}

function Muted() {
  return (
    <Text span c="dimmed" size="sm">
      —
    </Text>
  );
}
