import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconAlertCircle, IconAlertTriangle, IconCheck } from "@tabler/icons-react";
import { useState } from "react";
import type { ContactFieldsFragment, ContactRole, PortalState } from "../../../gql/graphql";
import { applyServerErrors } from "../../../lib/forms";
import {
  type DuplicateEmail,
  DuplicateEmailWarning,
  duplicateEmailOf,
  warnsAbout,
} from "../../customers/DuplicateEmailWarning";
import { useAddContact } from "../api/add-contact";
import { useUpdateContact } from "../api/update-contact";
import { CONTACT_ROLE, CONTACT_ROLE_OPTIONS } from "../contact-role";
import {
  type ContactFormValues,
  initialContactValues,
  PREFERENCES,
  suggestedPreferences,
  toContactInput,
  useContactForm,
} from "./contact-form";

const FIELDS = [
  "name",
  "email",
  "phone",
  "role",
  "canAccessPortal",
  ...PREFERENCES.map((p) => `preferences.${p.key}`),
] as const;

/** States in which the person has a live invite or a portal session that turning access off ends. */
const ACCESS_IN_USE: ReadonlySet<PortalState> = new Set([
  "IN_PORTAL",
  "INVITED",
  "INVITE_RESENDABLE",
  "INVITE_EXPIRED",
  "BOUNCED",
]);

type Props = {
  customer: { id: string; name: string };
  /** The contact to edit; without it the dialog adds one. */
  contact?: ContactFieldsFragment | null;
  opened: boolean;
  onClose: () => void;
};

export default function ContactDialog({ customer, contact, opened, onClose }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title={contact ? `Edit ${contact.name}` : "Add Contact"} size="lg">
      <ContactForm customer={customer} contact={contact ?? null} onDone={onClose} />
    </Modal>
  );
}

export function ContactForm({
  customer,
  contact,
  onDone,
}: {
  customer: { id: string; name: string };
  contact: ContactFieldsFragment | null;
  onDone: () => void;
}) {
  const form = useContactForm(initialContactValues(contact));
  const [addContact, adding] = useAddContact(customer.id);
  const [updateContact, updating] = useUpdateContact();
  const [error, setError] = useState<string | null>(null);
  const [duplicate, setDuplicate] = useState<DuplicateEmail | null>(null);
  // While adding, the boxes follow the chosen role until staff tick one themselves.
  const [preferencesTouched, setPreferencesTouched] = useState(contact !== null);
  const { values } = form;

  const chooseRole = (role: string | null) => {
    form.setFieldValue("role", role as ContactRole | null);
    if (!preferencesTouched) form.setFieldValue("preferences", suggestedPreferences(role as ContactRole | null));
  };

  const save = async (v: ContactFormValues, allowDuplicateEmail = false) => {
    setError(null);
    setDuplicate(null);
    const input = toContactInput(v);
    // Sent only when staff confirmed, so an ordinary save asks the server to check.
    const confirmed = allowDuplicateEmail ? { allowDuplicateEmail } : {};
    try {
      if (contact) {
        await updateContact({ variables: { id: contact.id, input, ...confirmed } });
        notifications.show({ color: "teal", icon: <IconCheck size={18} />, message: "Contact saved" });
      } else {
        const { data } = await addContact({ variables: { customerId: customer.id, input, ...confirmed } });
        notifications.show({
          color: "teal",
          icon: <IconCheck size={18} />,
          message: `${data?.addContact.name ?? input.name} added to ${customer.name}'s account`,
        });
      }
      onDone();
    } catch (e) {
      const duplicateEmail = duplicateEmailOf(e);
      if (duplicateEmail) setDuplicate(duplicateEmail);
      else setError(applyServerErrors(form, e, FIELDS));
    }
  };
  const submit = form.onSubmit((v: ContactFormValues) => save(v));

  const losingAccess =
    !!contact && contact.canAccessPortal && !values.canAccessPortal && ACCESS_IN_USE.has(contact.portalStatus.state);
  const emailChanged = !!contact && values.email.trim().toLowerCase() !== (contact.email ?? "").toLowerCase();
  const invitePending = contact?.lastInvitation?.state === "PENDING";
  const phoneChanged = !!contact?.phone && digits(values.phone) !== digits(contact.phoneDisplay ?? "");
  const textedInvitePending = invitePending && !!contact?.lastInvitation?.phone;
  const firstName = values.name.trim().split(/\s+/)[0] || "this person";
  const suggestedFor =
    !contact && !preferencesTouched && values.role && values.role !== "OTHER"
      ? CONTACT_ROLE[values.role].toLowerCase()
      : null;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput label="Name" withAsterisk data-autofocus autoComplete="off" {...form.getInputProps("name")} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label="Email"
            type="email"
            autoComplete="off"
            description="Needed to invite them to the portal"
            {...form.getInputProps("email")}
          />
          <TextInput
            label="Phone"
            type="tel"
            autoComplete="off"
            // Both boxes carry a line of help, so Email and Phone line up side by side.
            description="Optional, for the team to call"
            {...form.getInputProps("phone")}
          />
        </SimpleGrid>
        {invitePending && emailChanged && !losingAccess && (
          <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} py="xs">
            Changing the email cancels the pending invite link.
          </Alert>
        )}
        {phoneChanged && textedInvitePending && !emailChanged && !losingAccess && (
          <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} py="xs">
            Changing the number cancels the invite texted to it, and consent to texts must be recorded again for the new
            number.
          </Alert>
        )}
        <Select
          label="Role"
          placeholder="Choose a role"
          withAsterisk
          data={CONTACT_ROLE_OPTIONS}
          allowDeselect={false}
          checkIconPosition="right"
          comboboxProps={{ withinPortal: true }}
          {...form.getInputProps("role")}
          onChange={chooseRole}
        />
        <Checkbox
          label="Can access portal"
          description={
            values.canAccessPortal && !values.email.trim()
              ? `Lets this person sign in to ${customer.name}'s portal. Add an email to invite them.`
              : `Lets this person sign in to ${customer.name}'s portal`
          }
          {...form.getInputProps("canAccessPortal", { type: "checkbox" })}
        />
        {losingAccess && (
          <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} py="xs" role="status">
            This signs {contact.name} out of the portal and cancels pending invites.
          </Alert>
        )}
        <Fieldset legend="Communication preferences" variant="filled" radius="md">
          <Text size="xs" c="dimmed" mb="sm">
            Which emails {firstName} gets about {customer.name}'s account. Portal invites always go.
            {suggestedFor &&
              ` Suggested for ${/^[aeiou]/.test(suggestedFor) ? "an" : "a"} ${suggestedFor}; change as needed.`}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="sm">
            {PREFERENCES.map((p) => {
              const props = form.getInputProps(`preferences.${p.key}`, { type: "checkbox" });
              return (
                <Checkbox
                  key={p.key}
                  label={p.label}
                  description={p.description}
                  {...props}
                  onChange={(event) => {
                    setPreferencesTouched(true);
                    props.onChange(event);
                  }}
                />
              );
            })}
          </SimpleGrid>
        </Fieldset>
        {warnsAbout(duplicate, values.email) && (
          <DuplicateEmailWarning
            duplicate={duplicate}
            loading={adding.loading || updating.loading}
            onSaveAnyway={form.onSubmit((v: ContactFormValues) => save(v, true))}
          />
        )}
        {error && (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
            {error}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={adding.loading || updating.loading}>
            {contact ? "Save changes" : "Add Contact"}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The digits of a number as typed or shown: "(207) 555-0148" and "207 555 0148" are one number. */
function digits(phone: string): string {
  return phone.replace(/\D/g, "");
}
