import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Card,
  Divider,
  EmptyState,
  Group,
  Menu,
  Skeleton,
  Stack,
  Text,
  ThemeIcon,
  Title,
  UnstyledButton,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { shortDate } from "@portico/web-core/time";
import {
  IconCheck,
  IconCircleCheck,
  IconClockHour4,
  IconDotsVertical,
  IconDownload,
  IconFiles,
  IconFileText,
  IconFileTypePdf,
  IconPencil,
  IconPhoto,
  IconSignature,
  IconTrash,
  IconUpload,
} from "@tabler/icons-react";
import { Fragment, lazy, Suspense, useState } from "react";
import { ConfirmDialog } from "../../../components/ConfirmDialog";
import { QueryErrorAlert } from "../../../components/QueryErrorAlert";
import type { DocumentFieldsFragment } from "../../../gql/graphql";
import { fileSize } from "../../../lib/uploads";
import { useCustomerDocuments } from "../api/customer-documents";
import { useRemoveDocument } from "../api/remove-document";
import { DOCUMENT_KIND } from "./document-form";

const UploadDocumentDialog = lazy(() => import("./UploadDocumentDialog"));
const EditDocumentDialog = lazy(() => import("./EditDocumentDialog"));
const SignatureDetailsDialog = lazy(() => import("./SignatureDetailsDialog"));

type Dialog =
  | { kind: "upload" }
  | { kind: "edit"; document: DocumentFieldsFragment }
  | { kind: "remove"; document: DocumentFieldsFragment }
  | { kind: "signature"; document: DocumentFieldsFragment };

type Props = { customerId: string; customerName: string };

/** Contracts, agreements and files on the customer's account: who sees them, and who signed what. */
export function DocumentsSection({ customerId, customerName }: Props) {
  const { data, loading, error, refetch } = useCustomerDocuments(customerId);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [removeDocument] = useRemoveDocument(customerId);
  const documents = data?.customer.documents;
  const waiting = documents?.filter((d) => d.requiresSignature && !d.signature).length ?? 0;
  const close = () => setDialog(null);

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="documents-heading">
      <Group justify="space-between" mb="md" gap="sm">
        <Group gap="xs">
          <Title order={2} fz="h4" id="documents-heading">
            Documents
          </Title>
          {waiting > 0 && (
            <Badge color="yellow" variant="light" size="sm">
              {waiting} awaiting signature
            </Badge>
          )}
        </Group>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconUpload size={14} />}
          onClick={() => setDialog({ kind: "upload" })}
        >
          Upload document
        </Button>
      </Group>

      {!documents ? (
        error && !loading ? (
          <QueryErrorAlert title="Could not load the documents" error={error} onRetry={refetch} />
        ) : (
          <Stack gap="sm" aria-busy="true" aria-label="Loading documents">
            <Skeleton height={44} radius="md" />
            <Skeleton height={44} radius="md" />
          </Stack>
        )
      ) : documents.length === 0 ? (
        <EmptyState
          size="sm"
          py="lg"
          icon={<IconFiles size={24} />}
          withIndicatorBackground
          title="No documents yet"
          description="Upload storage agreements, waivers and other files. Shared ones show in the customer's portal, where contracts can be signed."
        />
      ) : (
        <Stack gap={0} component="ul" style={{ listStyle: "none", margin: 0, padding: 0 }}>
          {documents.map((document, i) => (
            <Fragment key={document.id}>
              {i > 0 && <Divider component="li" aria-hidden />}
              <DocumentRow
                document={document}
                onSignature={() => setDialog({ kind: "signature", document })}
                onEdit={() => setDialog({ kind: "edit", document })}
                onRemove={() => setDialog({ kind: "remove", document })}
              />
            </Fragment>
          ))}
        </Stack>
      )}

      <Suspense fallback={null}>
        {dialog?.kind === "upload" && (
          <UploadDocumentDialog
            customerId={customerId}
            customerName={customerName}
            onClose={close}
            onUploaded={refetch}
          />
        )}
        {dialog?.kind === "edit" && <EditDocumentDialog document={dialog.document} onClose={close} />}
        {dialog?.kind === "signature" && dialog.document.signature && (
          <SignatureDetailsDialog document={dialog.document} signature={dialog.document.signature} onClose={close} />
        )}
      </Suspense>
      {dialog?.kind === "remove" && (
        <ConfirmDialog
          title={`Remove “${dialog.document.title}”?`}
          confirmLabel="Remove document"
          onClose={close}
          onConfirm={async () => {
            await removeDocument({ variables: { id: dialog.document.id } });
            notifications.show({ color: "teal", icon: <IconCheck size={18} />, message: "Document removed" });
          }}
        >
          <Text size="sm">
            The file is deleted for good
            {dialog.document.sharedWithCustomer ? ", and the customer no longer sees it in the portal" : ""}.
          </Text>
        </ConfirmDialog>
      )}
    </Card>
  );
}

function DocumentRow({
  document,
  onSignature,
  onEdit,
  onRemove,
}: {
  document: DocumentFieldsFragment;
  onSignature: () => void;
  onEdit: () => void;
  onRemove: () => void;
}) {
  const pdf = document.contentType === "application/pdf";
  const image = document.contentType.startsWith("image/");
  const { signature } = document;
  return (
    <Group component="li" py="sm" gap="md" wrap="nowrap" align="flex-start" aria-label={document.title}>
      <ThemeIcon variant="light" color={pdf ? "red" : "gray"} size={38} radius="md" aria-hidden visibleFrom="xs">
        {pdf ? <IconFileTypePdf size={20} /> : image ? <IconPhoto size={20} /> : <IconFileText size={20} />}
      </ThemeIcon>
      <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
        <Anchor
          href={document.url}
          download={document.fileName}
          fw={600}
          size="sm"
          c="inherit"
          style={{ overflowWrap: "anywhere" }}
        >
          {document.title}
        </Anchor>
        <Text size="xs" c="dimmed" style={{ overflowWrap: "anywhere" }}>
          {DOCUMENT_KIND[document.kind]} · {document.fileName} · {fileSize(document.size)} · Uploaded{" "}
          {shortDate(document.createdAt)}
        </Text>
        <Group gap={6} wrap="wrap">
          <Badge
            size="sm"
            variant={document.sharedWithCustomer ? "light" : "outline"}
            color={document.sharedWithCustomer ? "blue" : "gray"}
          >
            {document.sharedWithCustomer ? "Shared with customer" : "Not shared"}
          </Badge>
          {signature ? (
            <UnstyledButton onClick={onSignature} aria-label={`Signature details: signed by ${signature.signerName}`}>
              <Badge
                size="sm"
                variant="light"
                color="teal"
                leftSection={<IconCircleCheck size={12} />}
                style={{ cursor: "pointer" }}
              >
                Signed by {signature.signerName} on {shortDate(signature.signedAt)}
              </Badge>
            </UnstyledButton>
          ) : (
            document.requiresSignature && (
              <Badge size="sm" variant="light" color="yellow" leftSection={<IconClockHour4 size={12} />}>
                Awaiting signature
              </Badge>
            )
          )}
        </Group>
      </Stack>
      <Menu position="bottom-end" withArrow shadow="md" width={200}>
        <Menu.Target>
          <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${document.title}`}>
            <IconDotsVertical size={16} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item
            component="a"
            href={document.url}
            download={document.fileName}
            leftSection={<IconDownload size={14} />}
          >
            Download
          </Menu.Item>
          {signature && (
            <Menu.Item leftSection={<IconSignature size={14} />} onClick={onSignature}>
              Signature details
            </Menu.Item>
          )}
          <Menu.Item leftSection={<IconPencil size={14} />} onClick={onEdit}>
            Edit
          </Menu.Item>
          <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={onRemove}>
            Remove
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}
