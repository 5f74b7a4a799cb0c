import { Button, Collapse, Paper } from "@mantine/core";
import { IconChevronDown, IconChevronRight } from "@tabler/icons-react";
import type { ReactNode } from "react";
import type { TextSettingsFieldsFragment } from "../../gql/graphql";
import { ConsentBadge, TextsForm } from "./components/TextsCard";

type Props = {
  customerId: string;
  contactId: string;
  contactName: string;
  /** The contact's texts, or undefined while they load. */
  texts: TextSettingsFieldsFragment | undefined;
  open: boolean;
  onToggle: () => void;
};

/**
 * A contact's Texts in their row of the customer page: a toggle showing their consent state, and
 * below it the same channel, consent record and recent texts the account holder's Texts card has.
 */
export function ContactTextsToggle({ texts, open, onToggle, panelId }: Props & { panelId: string }) {
  return (
    <Button
      variant="subtle"
      color="gray"
      size="compact-xs"
      px={4}
      leftSection={open ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />}
      rightSection={texts ? <ConsentBadge texts={texts} size="xs" /> : undefined}
      aria-expanded={open}
      aria-controls={panelId}
      data-testid="contact-texts-toggle"
      onClick={onToggle}
      disabled={!texts}
    >
      Texts
    </Button>
  );
}

export function ContactTextsPanel({
  customerId,
  contactId,
  texts,
  open,
  panelId,
}: Pick<Props, "customerId" | "contactId" | "texts" | "open"> & { panelId: string }): ReactNode {
  return (
    <Collapse expanded={open && !!texts} id={panelId} keepMounted={false}>
      <Paper withBorder radius="md" p="sm" mt={6} data-testid="contact-texts">
        {texts && <TextsForm person={{ customerId, contactId }} texts={texts} />}
      </Paper>
    </Collapse>
  );
}
