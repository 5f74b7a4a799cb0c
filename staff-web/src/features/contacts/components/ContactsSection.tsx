import { Card, EmptyState } from "@mantine/core";
import { IconUsers } from "@tabler/icons-react";
import { lazy, Suspense, useState } from "react";
import { DividedList } from "../../../components/DividedList";
import { SectionHeader } from "../../../components/SectionHeader";
import type { ContactFieldsFragment } from "../../../gql/graphql";
import { useContactsTexts } from "../../texts/api/person-texts";
import { ContactRow } from "./ContactRow";

// The form dialogs load when first opened: most visits to a customer only read the page.
const ContactDialog = lazy(() => import("./ContactDialog"));
const RemoveContactDialog = lazy(() => import("./RemoveContactDialog"));

type Props = {
  customer: { id: string; name: string };
  contacts: ContactFieldsFragment[];
};

type Dialog =
  | { kind: "add" }
  | { kind: "edit"; contact: ContactFieldsFragment }
  | { kind: "remove"; contact: ContactFieldsFragment };

/** The people tied to a customer's account (spouse, assistant, bookkeeper…), each with their own invite. */
export function ContactsSection({ customer, contacts }: Props) {
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);
  const { data: textsData } = useContactsTexts(customer.id, contacts.length === 0);
  const textsOf = new Map(textsData?.customer.contacts.map((c) => [c.id, c.texts]) ?? []);

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="contacts-heading">
      <SectionHeader
        id="contacts-heading"
        title="Contacts"
        count={contacts.length}
        add={{ label: "Add Contact", onClick: () => setDialog({ kind: "add" }) }}
      />

      {contacts.length === 0 ? (
        <EmptyState
          size="sm"
          py="lg"
          icon={<IconUsers size={24} />}
          withIndicatorBackground
          title="No additional contacts"
          description="Add a spouse, assistant or bookkeeper who should get portal access or emails."
        />
      ) : (
        <DividedList items={contacts} getKey={(contact) => contact.id}>
          {(contact) => (
            <ContactRow
              contact={contact}
              customer={customer}
              onEdit={() => setDialog({ kind: "edit", contact })}
              onRemove={() => setDialog({ kind: "remove", contact })}
              texts={textsOf.get(contact.id)}
            />
          )}
        </DividedList>
      )}

      <Suspense fallback={null}>
        {(dialog?.kind === "add" || dialog?.kind === "edit") && (
          <ContactDialog
            customer={customer}
            contact={dialog.kind === "edit" ? dialog.contact : null}
            opened
            onClose={close}
          />
        )}
        {dialog?.kind === "remove" && (
          <RemoveContactDialog customer={customer} contact={dialog.contact} onClose={close} />
        )}
      </Suspense>
    </Card>
  );
}
