import {
  ActionIcon,
  Avatar,
  Badge,
  Box,
  Button,
  Collapse,
  Group,
  Menu,
  Paper,
  Stack,
  Text,
  Tooltip,
} from "@mantine/core";
import {
  IconChevronDown,
  IconChevronRight,
  IconDotsVertical,
  IconEye,
  IconMail,
  IconPencil,
  IconPhone,
  IconTrash,
} from "@tabler/icons-react";
import { useId, useState } from "react";
import type { ContactFieldsFragment, TextSettingsFieldsFragment } from "../../../gql/graphql";
import { initials } from "../../../lib/initials";
import { InviteAction } from "../../invites/InviteAction";
import { InviteHistory } from "../../invites/InviteHistory";
import { PortalStatusBadge } from "../../invites/PortalStatusBadge";
import { PREVIEW_EXPLANATION, usePreviewPortal } from "../../portal-preview/use-preview-portal";
import { ContactTextsPanel, ContactTextsToggle } from "../../texts/ContactTexts";
import { CONTACT_ROLE } from "../contact-role";

type Props = {
  contact: ContactFieldsFragment;
  customer: { id: string; name: string };
  onEdit: () => void;
  onRemove: () => void;
  /** The contact's Texts (channel, consent, STOP), read beside the page; undefined while loading. */
  texts?: TextSettingsFieldsFragment;
};

/** One person on the account: who they are, their portal status and the invite control. */
export function ContactRow({ contact, customer, onEdit, onRemove, texts }: Props) {
  const [historyOpen, setHistoryOpen] = useState(false);
  const [textsOpen, setTextsOpen] = useState(false);
  const historyId = useId();
  const textsId = useId();
  const { state } = contact.portalStatus;
  const invites = contact.invitations.length;
  const { preview } = usePreviewPortal();

  return (
    <Box component="li" py="sm" aria-label={contact.name} data-testid="contact-row">
      <Group gap="md" wrap="nowrap" align="flex-start">
        <Avatar radius="xl" color="gray" size={38} visibleFrom="xs" aria-hidden>
          {initials(contact.name)}
        </Avatar>
        <Group gap="sm" justify="space-between" align="flex-start" style={{ flex: 1, minWidth: 0 }}>
          <Stack gap={4} style={{ minWidth: 0, flex: "1 1 220px" }}>
            <Group gap={6} wrap="wrap">
              <Text fw={600} size="sm" style={{ overflowWrap: "anywhere" }}>
                {contact.name}
              </Text>
              <Badge size="sm" variant="outline" color="gray">
                {CONTACT_ROLE[contact.role]}
              </Badge>
              {/* In the portal, the IN PORTAL badge on the right says it already. */}
              {state !== "IN_PORTAL" && (
                <span data-testid="contact-portal-status">
                  <PortalStatusBadge status={contact.portalStatus} size="sm" />
                </span>
              )}
            </Group>
            <Group gap="md" wrap="wrap" style={{ rowGap: 2 }}>
              <Group gap={4} wrap="nowrap" style={{ minWidth: 0 }}>
                <IconMail size={14} color="var(--mantine-color-dimmed)" aria-hidden style={{ flexShrink: 0 }} />
                <Text size="xs" c={contact.email ? undefined : "dimmed"} style={{ overflowWrap: "anywhere" }}>
                  {contact.email ?? "No email"}
                </Text>
              </Group>
              {contact.phoneDisplay && (
                <Group gap={4} wrap="nowrap">
                  <IconPhone size={14} color="var(--mantine-color-dimmed)" aria-hidden />
                  <Text size="xs">{contact.phoneDisplay}</Text>
                </Group>
              )}
            </Group>
          </Stack>
          <div data-testid="contact-invite-action">
            <InviteAction contact={contact} customer={customer} size="xs" />
          </div>
        </Group>
        <Menu position="bottom-end" withArrow shadow="md" width={240}>
          <Menu.Target>
            <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${contact.name}`}>
              <IconDotsVertical size={16} />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item leftSection={<IconPencil size={14} />} onClick={onEdit}>
              Edit
            </Menu.Item>
            <Tooltip
              label={contact.canAccessPortal ? PREVIEW_EXPLANATION : "Portal access is off for this contact"}
              position="left"
              withArrow
              multiline
              w={240}
            >
              <Menu.Item
                leftSection={<IconEye size={14} />}
                disabled={!contact.canAccessPortal}
                onClick={() => void preview({ customerId: customer.id, contactId: contact.id, name: contact.name })}
              >
                <Text size="sm" truncate="end">
                  Preview as {contact.name}
                </Text>
              </Menu.Item>
            </Tooltip>
            <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={onRemove}>
              Remove
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Group>
      <Box pl={{ base: 0, xs: 54 }} pt={4}>
        <Group gap="xs" wrap="wrap">
          <ContactTextsToggle
            customerId={customer.id}
            contactId={contact.id}
            contactName={contact.name}
            texts={texts}
            open={textsOpen}
            onToggle={() => setTextsOpen((o) => !o)}
            panelId={textsId}
          />
          {invites > 0 && (
            <Button
              variant="subtle"
              color="gray"
              size="compact-xs"
              px={4}
              leftSection={historyOpen ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />}
              aria-expanded={historyOpen}
              aria-controls={historyId}
              onClick={() => setHistoryOpen((o) => !o)}
            >
              Invite history ({invites})
            </Button>
          )}
        </Group>
        <ContactTextsPanel
          customerId={customer.id}
          contactId={contact.id}
          texts={texts}
          open={textsOpen}
          panelId={textsId}
        />
        {invites > 0 && (
          <Collapse expanded={historyOpen} id={historyId} keepMounted={false}>
            <Paper bg="gray.0" radius="md" p="sm" mt={6}>
              <InviteHistory invitations={contact.invitations} />
            </Paper>
          </Collapse>
        )}
      </Box>
    </Box>
  );
}
