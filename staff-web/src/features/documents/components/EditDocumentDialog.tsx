import { Alert, Button, Group, Modal, Stack, Switch, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { IconAlertCircle, IconCheck, IconLock } from "@tabler/icons-react";
import { useState } from "react";
import type { DocumentFieldsFragment } from "../../../gql/graphql";
import { applyServerErrors } from "../../../lib/forms";
import { useUpdateDocument } from "../api/update-document";
import { TITLE_MAX } from "./document-form";

type Values = { title: string; sharedWithCustomer: boolean; requiresSignature: boolean };

const FIELDS = ["title", "sharedWithCustomer", "requiresSignature"] as const;

/** Title, sharing and the signature request; the file itself is replaced by uploading a new one. */
export default function EditDocumentDialog({
  document,
  onClose,
}: {
  document: DocumentFieldsFragment;
  onClose: () => void;
}) {
  const signed = document.signature !== null;
  const pdf = document.contentType === "application/pdf";
  const form = useForm<Values>({
    mode: "controlled",
    initialValues: {
      title: document.title,
      sharedWithCustomer: document.sharedWithCustomer,
      requiresSignature: document.requiresSignature,
    },
    validate: {
      title: (v) => {
        const title = v.trim();
        if (!title) return "Give the document a title";
        return title.length > TITLE_MAX ? `At most ${TITLE_MAX} characters` : null;
      },
    },
  });
  const [update, { loading }] = useUpdateDocument();
  const [error, setError] = useState<string | null>(null);
  const { values } = form;
  const newlyAsked =
    values.sharedWithCustomer &&
    values.requiresSignature &&
    !signed &&
    !(document.sharedWithCustomer && document.requiresSignature);

  const submit = form.onSubmit(async (v) => {
    setError(null);
    try {
      await update({ variables: { id: document.id, input: { ...v, title: v.title.trim() } } });
      notifications.show({ color: "teal", icon: <IconCheck size={18} />, message: "Document saved" });
      onClose();
    } catch (e) {
      setError(applyServerErrors(form, e, FIELDS));
    }
  });

  return (
    <Modal opened onClose={onClose} title="Edit document">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {signed && (
            <Alert color="teal" variant="light" icon={<IconLock size={18} />} p="sm">
              <Text size="sm">
                Signed documents keep their title and their signature request. Sharing can still change.
              </Text>
            </Alert>
          )}
          <TextInput
            label="Title"
            withAsterisk
            disabled={signed}
            description={`File: ${document.fileName}`}
            inputWrapperOrder={["label", "input", "description", "error"]}
            data-autofocus
            {...form.getInputProps("title")}
          />
          <Switch
            label="Share with customer"
            description="They see it in the portal's Documents and can download it."
            {...form.getInputProps("sharedWithCustomer", { type: "checkbox" })}
          />
          <Switch
            label="Requires signature"
            description={pdf ? "The customer types their name to sign it in the portal." : "Only PDFs can be signed."}
            disabled={signed || !pdf}
            {...form.getInputProps("requiresSignature", { type: "checkbox" })}
          />
          {newlyAsked && (
            <Text size="xs" c="dimmed">
              Saving emails the people on the account who get contract emails, asking them to sign.
            </Text>
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
            <Button type="submit" loading={loading} disabled={!form.isDirty()}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
