import { Anchor, Avatar, Badge, Button, Card, Grid, Group, Menu, Skeleton, Stack, Text, Title } from "@mantine/core";
import { useDocumentTitle } from "@mantine/hooks";
import { errorInfo } from "@portico/web-core/errors";
import { relativeTime, shortDate } from "@portico/web-core/time";
import { IconArchive, IconArrowLeft, IconMessage } from "@tabler/icons-react";
import { useState } from "react";
import { Link, useLocation } from "react-router";
import { NotFound } from "../../components/NotFound";
import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { CustomerSignInsCard } from "../../features/account-sessions/components/CustomerSignInsCard";
import { CustomerActivitySection } from "../../features/audit/components/CustomerActivitySection";
import { RemindersSentCard } from "../../features/care-reminders/components/RemindersSentCard";
import { CarsSection } from "../../features/cars/components/CarsSection";
import { ContactsSection } from "../../features/contacts/components/ContactsSection";
import { CustomerPrivacyActions } from "../../features/customer-privacy/components/CustomerPrivacyActions";
import { useCustomerDetail } from "../../features/customers/api/customer-detail";
import { ArchiveCustomerDialog } from "../../features/customers/components/ArchiveCustomerDialog";
import { ArchivedBanner } from "../../features/customers/components/ArchivedBanner";
import { readOrigin } from "../../features/customers/components/contacts-navigation";
import { ProfileCard } from "../../features/customers/components/ProfileCard";
import { DocumentsSection } from "../../features/documents/components/DocumentsSection";
import { EstimatesSection } from "../../features/estimates/components/EstimatesSection";
import { EventsSection } from "../../features/events/components/EventsSection";
import { InviteAction } from "../../features/invites/InviteAction";
import { InviteHistory } from "../../features/invites/InviteHistory";
import { PortalStatusBadge } from "../../features/invites/PortalStatusBadge";
import { InvoicesSection } from "../../features/invoices/components/InvoicesSection";
import { PreviewPortalButton } from "../../features/portal-preview/PreviewPortalButton";
import { CustomerRequestsSection } from "../../features/service-requests/components/CustomerRequestsSection";
import { TextsCard } from "../../features/texts/components/TextsCard";
import { initials } from "../../lib/initials";
import { useRefetchAt } from "../../lib/use-refetch-at";

export function CustomerPage({ id }: { id: string }) {
  const { data, loading, error, refetch } = useCustomerDetail(id);
  const customer = data?.customer;
  const [archiving, setArchiving] = useState(false);
  useDocumentTitle(customer ? `${customer.name} · Portico` : "Customer · Portico");
  // Contacts' cooldowns and link expiries flip their rows too.
  useRefetchAt(
    [customer?.portalStatus.changesAt, ...(customer?.contacts.map((c) => c.portalStatus.changesAt) ?? [])],
    refetch,
  );

  if (!customer) {
    if (error && errorInfo(error).code === "NOT_FOUND") {
      return (
        <Stack>
          <BackToContacts />
          <NotFound
            title="Customer not found"
            description="This customer does not exist, or is not one of your facility's customers."
          />
        </Stack>
      );
    }
    if (error && !loading) {
      return (
        <Stack>
          <BackToContacts />
          <QueryErrorAlert title="Could not load this customer" error={error} onRetry={refetch} />
        </Stack>
      );
    }
    return <CustomerPageSkeleton />;
  }

  return (
    <Stack gap="lg">
      <BackToContacts />
      {error && <QueryErrorAlert title="Could not refresh this customer" error={error} onRetry={refetch} />}
      {customer.archivedAt && <ArchivedBanner customer={{ ...customer, archivedAt: customer.archivedAt }} />}
      <Group justify="space-between" align="flex-start" gap="md">
        <Group gap="md" wrap="nowrap" align="center" style={{ minWidth: 0 }}>
          <Avatar size={56} radius="xl" color="portico" visibleFrom="xs">
            {initials(customer.name)}
          </Avatar>
          <Stack gap={6} style={{ minWidth: 0 }}>
            <Group gap="sm" wrap="wrap">
              <Title order={1} className="page-title">
                {customer.name}
              </Title>
              {customer.archivedAt ? (
                <Badge color="orange" variant="light" size="md">
                  Archived
                </Badge>
              ) : (
                <div data-testid="portal-status">
                  <PortalStatusBadge status={customer.portalStatus} size="md" />
                </div>
              )}
            </Group>
            <Text size="sm" c="dimmed">
              Customer since {shortDate(customer.createdAt)}
              {customer.lastInvitedAt && ` · Last invited ${relativeTime(new Date(customer.lastInvitedAt))}`}
            </Text>
          </Stack>
        </Group>
        <Group gap="sm">
          <Button
            component={Link}
            to={`/messages?customer=${customer.id}`}
            variant="default"
            size="sm"
            leftSection={<IconMessage size={16} />}
          >
            Message
          </Button>
          {!customer.archivedAt && (
            <>
              <PreviewPortalButton customerId={customer.id} customerName={customer.name} />
              <div data-testid="invite-action">
                <InviteAction customer={customer} size="sm" />
              </div>
            </>
          )}
          {/* Export and delete stay open for an archived customer: a privacy request often comes after they left. */}
          <CustomerPrivacyActions
            customer={customer}
            first={
              !customer.archivedAt && (
                <Menu.Item color="red" leftSection={<IconArchive size={16} />} onClick={() => setArchiving(true)}>
                  Archive customer
                </Menu.Item>
              )
            }
          />
        </Group>
      </Group>

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <CarsSection customerId={customer.id} customerName={customer.name} cars={customer.cars} />
            <ContactsSection customer={customer} contacts={customer.contacts} />
            <InvoicesSection customerId={customer.id} customerName={customer.name} invoices={customer.invoices} />
            <DocumentsSection customerId={customer.id} customerName={customer.name} />
            <EstimatesSection customer={customer} />
            <CustomerRequestsSection customerId={customer.id} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            <ProfileCard customer={customer} stripeConnected={data.facility.stripeConnected} />
            <TextsCard customerId={customer.id} />
            <EventsSection customer={customer} />
            <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="invites-heading">
              <Title order={2} fz="h4" id="invites-heading" mb="md">
                Invite history
              </Title>
              <InviteHistory invitations={customer.invitations} />
            </Card>
            <RemindersSentCard customerId={customer.id} />
            <CustomerActivitySection customerId={customer.id} />
            <CustomerSignInsCard customerId={customer.id} />
          </Stack>
        </Grid.Col>
      </Grid>
      {archiving && <ArchiveCustomerDialog customer={customer} onClose={() => setArchiving(false)} />}
    </Stack>
  );
}

/** Back to the Contacts search and page the user came from, when there was one. */
function BackToContacts() {
  const origin = readOrigin(useLocation().state);
  return (
    <Anchor
      component={Link}
      to={`/contacts${origin?.contactsSearch ?? ""}`}
      state={origin ? { trail: origin.trail } : undefined}
      size="sm"
      c="dimmed"
      w="fit-content"
      aria-label="Back to Contacts"
    >
      <Group gap={4} component="span">
        <IconArrowLeft size={16} aria-hidden />
        Contacts
      </Group>
    </Anchor>
  );
}

function CustomerPageSkeleton() {
  return (
    <Stack gap="lg" aria-busy="true" aria-label="Loading customer">
      <BackToContacts />
      <Group gap="md">
        <Skeleton circle height={56} />
        <Stack gap={8}>
          <Skeleton height={28} width={260} />
          <Skeleton height={14} width={200} />
        </Stack>
      </Group>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <Skeleton height={200} radius="md" />
            <Skeleton height={160} radius="md" />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Skeleton height={280} radius="md" />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
