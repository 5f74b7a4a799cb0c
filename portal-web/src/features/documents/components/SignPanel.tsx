import { Alert, Anchor, Button, Card, Checkbox, Group, Stack, Text, TextInput, ThemeIcon } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconAlertCircle, IconExternalLink, IconSignature } from "@tabler/icons-react";
import { useState } from "react";
import { PreviewNote } from "../../../components/PreviewNote";
import type { PortalDocumentFieldsFragment } from "../../../gql/graphql";
import { portalError } from "../../../lib/errors";
import { useIsPreview, useViewer } from "../../../lib/viewer";
import { useSignDocument } from "../api/sign-document";

type SignPanelProps = {
  document: Pick<PortalDocumentFieldsFragment, "id" | "title" | "url">;
  /** The signed document, with its signature record. */
  onSigned?: (document: PortalDocumentFieldsFragment) => void;
  /** Already signed by someone else meanwhile: the page reloads the document to show who. */
  onAlreadySigned?: () => void;
  withBorder?: boolean;
};

function normalise(name: string): string {
  return name.trim().replace(/\s+/g, " ");
}

/** The server's rule, checked here first so the person hears at once: case and spacing aside. */
function sameName(a: string, b: string): boolean {
  return normalise(a).toLocaleLowerCase("en") === normalise(b).toLocaleLowerCase("en");
}

/** Typed-name e-signature: open the document, type your full name, agree, sign. */
export function SignPanel({ document, onSigned, onAlreadySigned, withBorder = true }: SignPanelProps) {
  const preview = useIsPreview();
  const { name: signerName } = useViewer();
  const [sign, { loading }] = useSignDocument();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    initialValues: { typedName: "", consent: false },
    validate: {
      typedName: (value) => {
        if (normalise(value).length < 2) return "Type your full name to sign";
        return sameName(value, signerName) ? null : `Type your own name as it is on your account: ${signerName}`;
      },
      consent: (value) => (value ? null : "Tick the box to agree to sign electronically"),
    },
  });

  const submit = form.onSubmit(async (values) => {
    if (preview) return;
    setFailure(null);
    try {
      const { data } = await sign({
        variables: { id: document.id, input: { typedName: normalise(values.typedName), consent: values.consent } },
      });
      if (data) onSigned?.(data.signDocument);
    } catch (error) {
      const info = portalError(error);
      if (info.code === "CONFLICT") {
        setFailure("This document has already been signed.");
        onAlreadySigned?.();
        return;
      }
      // The server's sentence ("Type your full name to sign") reads better than its short field tag.
      const { typedName, consent } = info.fields;
      if (typedName) form.setFieldError("typedName", info.message);
      if (consent) form.setFieldError("consent", info.message);
      if (!typedName && !consent) setFailure(info.message);
    }
  });

  const fieldId = `sign-${document.id}`;
  return (
    <Card
      withBorder={withBorder}
      radius="lg"
      padding={withBorder ? "lg" : 0}
      component="section"
      aria-label={`Sign ${document.title}`}
    >
      <Group gap="sm" wrap="nowrap" mb="md" align="flex-start">
        <ThemeIcon variant="light" color="orange" radius="xl" size="lg" aria-hidden>
          <IconSignature size={20} />
        </ThemeIcon>
        <div>
          <Text fw={650}>Your signature is needed</Text>
          <Text size="sm" c="dimmed">
            Read the document first, then sign by typing your full name.
          </Text>
        </div>
      </Group>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Anchor href={document.url} target="_blank" rel="noopener" fw={600} size="sm">
            <Group gap={6} component="span">
              <IconExternalLink size={16} aria-hidden />
              Open the document
            </Group>
          </Anchor>
          <TextInput
            id={`${fieldId}-name`}
            label="Type your full name"
            description={`As it is on your account: ${signerName}. This is your electronic signature.`}
            autoComplete="name"
            size="md"
            disabled={preview}
            {...form.getInputProps("typedName")}
          />
          <Checkbox
            label="I agree to sign this document electronically"
            disabled={preview}
            {...form.getInputProps("consent", { type: "checkbox" })}
          />
          {failure && (
            <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
              {failure}
            </Alert>
          )}
          {preview && <PreviewNote>Signing is turned off in a preview.</PreviewNote>}
          <Group>
            <Button
              type="submit"
              size="md"
              loading={loading}
              disabled={preview}
              leftSection={<IconSignature size={18} />}
            >
              Sign
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
