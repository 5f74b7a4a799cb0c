import {
  Alert,
  Button,
  CloseButton,
  FileButton,
  Group,
  Input,
  Modal,
  Paper,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
  ThemeIcon,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { IconAlertCircle, IconCheck, IconFileText, IconFileTypePdf, IconPhoto, IconUpload } from "@tabler/icons-react";
import { useId, useState } from "react";
import type { DocumentKind } from "../../../gql/graphql";
import { fileSize, uploadFieldErrors } from "../../../lib/uploads";
import { uploadDocument } from "../api/upload-document";
import { DOCUMENT_KIND_OPTIONS, documentFileProblem, isPdf, TITLE_MAX, titleFromFileName } from "./document-form";

type Values = {
  file: File | null;
  title: string;
  kind: DocumentKind;
  shared: boolean;
  requiresSignature: boolean;
};

type Props = {
  customerId: string;
  customerName: string;
  onClose: () => void;
  /** After a successful upload, to read the list again. */
  onUploaded: () => unknown;
};

/** A document for a customer's account: the file, a title, what it is, and whether they see and sign it. */
export default function UploadDocumentDialog({ customerId, customerName, onClose, onUploaded }: Props) {
  const form = useForm<Values>({
    mode: "controlled",
    initialValues: { file: null, title: "", kind: "FILE", shared: true, requiresSignature: false },
    validate: {
      file: (file, values) => documentFileProblem(file, values.requiresSignature),
      title: (v) => {
        const title = v.trim();
        if (!title) return "Give the document a title";
        return title.length > TITLE_MAX ? `At most ${TITLE_MAX} characters` : null;
      },
    },
  });
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const fileLabelId = useId();
  const { file, requiresSignature, shared } = form.values;
  const pdf = file ? isPdf(file) : false;

  const choose = (chosen: File | null) => {
    if (!chosen) return;
    form.setFieldValue("file", chosen);
    // A title typed by hand stays; an empty one starts from the file's name.
    if (!form.values.title.trim()) form.setFieldValue("title", titleFromFileName(chosen.name));
    if (!isPdf(chosen) && form.values.requiresSignature) form.setFieldValue("requiresSignature", false);
    form.validateField("file");
  };

  const submit = form.onSubmit(async (values) => {
    if (!values.file) return;
    setError(null);
    setUploading(true);
    try {
      await uploadDocument(customerId, values.file, {
        title: values.title.trim(),
        kind: values.kind,
        shared: values.shared,
        requiresSignature: values.requiresSignature,
      });
      void onUploaded();
      notifications.show({
        color: "teal",
        icon: <IconCheck size={18} />,
        message:
          values.shared && values.requiresSignature
            ? `“${values.title.trim()}” uploaded. ${customerName} was asked to sign it.`
            : `“${values.title.trim()}” uploaded`,
      });
      onClose();
    } catch (e) {
      const { fields, message } = uploadFieldErrors(e, ["file", "title", "kind"]);
      form.setErrors(fields);
      setError(message);
    } finally {
      setUploading(false);
    }
  });

  return (
    <Modal opened onClose={onClose} title={`Upload document · ${customerName}`} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Input.Wrapper
            label="File"
            withAsterisk
            id={fileLabelId}
            labelElement="div"
            description="PDF, image or any other file, up to 20 MB."
            error={form.errors.file}
          >
            <Paper withBorder radius="md" p="sm" mt={4} bg={file ? undefined : "gray.0"}>
              {file ? (
                <Group gap="sm" wrap="nowrap">
                  <ThemeIcon variant="light" color={pdf ? "red" : "gray"} size={36} radius="md" aria-hidden>
                    {pdf ? (
                      <IconFileTypePdf size={20} />
                    ) : file.type.startsWith("image/") ? (
                      <IconPhoto size={20} />
                    ) : (
                      <IconFileText size={20} />
                    )}
                  </ThemeIcon>
                  <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
                    <Text size="sm" fw={500} truncate="end" data-testid="chosen-file">
                      {file.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {fileSize(file.size)}
                    </Text>
                  </Stack>
                  <FileButton onChange={choose}>
                    {(props) => (
                      <Button {...props} size="xs" variant="default">
                        Change
                      </Button>
                    )}
                  </FileButton>
                  <CloseButton aria-label="Remove the chosen file" onClick={() => form.setFieldValue("file", null)} />
                </Group>
              ) : (
                <Group justify="space-between" gap="sm">
                  <Text size="sm" c="dimmed">
                    No file chosen
                  </Text>
                  <FileButton onChange={choose}>
                    {(props) => (
                      <Button
                        {...props}
                        size="xs"
                        variant="light"
                        leftSection={<IconUpload size={14} />}
                        aria-describedby={form.errors.file ? `${fileLabelId}-error` : undefined}
                      >
                        Choose file
                      </Button>
                    )}
                  </FileButton>
                </Group>
              )}
            </Paper>
          </Input.Wrapper>

          <TextInput label="Title" withAsterisk placeholder="Storage agreement 2026" {...form.getInputProps("title")} />
          <Select
            label="Kind"
            data={DOCUMENT_KIND_OPTIONS}
            allowDeselect={false}
            checkIconPosition="right"
            {...form.getInputProps("kind")}
          />

          <Stack gap="sm">
            <Switch
              label="Share with customer"
              description="They see it in the portal's Documents and can download it."
              {...form.getInputProps("shared", { type: "checkbox" })}
            />
            <Switch
              label="Requires signature"
              description={
                file && !pdf
                  ? "Only PDFs can be signed. Choose a PDF to ask for a signature."
                  : "The customer types their name to sign it in the portal (PDF only)."
              }
              disabled={!!file && !pdf}
              {...form.getInputProps("requiresSignature", { type: "checkbox" })}
            />
            {requiresSignature && !shared && (
              <Text size="xs" c="orange.8">
                The customer can only sign it once it is shared with them.
              </Text>
            )}
          </Stack>

          {error && (
            <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
              {error}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={uploading}>
              Upload
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
