import { ActionIcon, Badge, Group, Paper, Skeleton, Stack, Text, ThemeIcon, Tooltip } from "@mantine/core";
import { IconDownload, IconFileText, IconSignature } from "@tabler/icons-react";
import { Link } from "react-router";
import { PageHeader } from "../../../components/PageHeader";
import { QueryFailure } from "../../../components/QueryFailure";
import type { PortalDocumentFieldsFragment } from "../../../gql/graphql";
import { fileSize, formatDate, plural } from "../../../lib/format";
import { useViewer } from "../../../lib/viewer";
import { usePortalDocuments } from "../api/portal-documents";
import classes from "./DocumentsPage.module.css";
import { documentKindLabel } from "./document-kind";

export function DocumentStatus({ document }: { document: PortalDocumentFieldsFragment }) {
  if (document.signature) {
    return (
      <Badge color="teal" variant="light" radius="sm" tt="none" fw={600}>
        Signed on {formatDate(document.signature.signedAt)}
      </Badge>
    );
  }
  if (document.requiresSignature) {
    return (
      <Badge color="orange" variant="light" radius="sm" tt="none" fw={600} leftSection={<IconSignature size={12} />}>
        Signature needed
      </Badge>
    );
  }
  return null;
}

function DocumentRow({ document }: { document: PortalDocumentFieldsFragment }) {
  const needsSignature = document.requiresSignature && !document.signature;
  return (
    <li className={classes.row} data-attention={needsSignature || undefined}>
      <ThemeIcon variant="light" color={needsSignature ? "orange" : "gray"} size={40} radius="md" aria-hidden>
        <IconFileText size={20} />
      </ThemeIcon>
      <div className={classes.main}>
        <Link to={`/documents/${document.id}`} className={classes.title}>
          {document.title}
        </Link>
        <Text size="sm" c="dimmed">
          {documentKindLabel(document.kind)} · {formatDate(document.createdAt)} · {fileSize(document.size)}
        </Text>
        <Group gap="xs" mt={6} className={classes.status}>
          <DocumentStatus document={document} />
        </Group>
      </div>
      <Tooltip label="Download" withArrow>
        <ActionIcon
          component="a"
          href={document.url}
          download={document.fileName}
          variant="subtle"
          color="gray"
          size="lg"
          className={classes.download}
          aria-label={`Download ${document.title}`}
        >
          <IconDownload size={20} />
        </ActionIcon>
      </Tooltip>
    </li>
  );
}

export function DocumentsPage() {
  const viewer = useViewer();
  const { data, error, refetch } = usePortalDocuments();
  const documents = data?.portalDocuments;
  const toSign = documents?.filter((d) => d.requiresSignature && !d.signature).length ?? 0;
  let content: React.ReactNode;
  if (documents) {
    content =
      documents.length === 0 ? (
        <Paper withBorder radius="lg" p="xl" ta="center">
          <IconFileText size={28} stroke={1.5} color="var(--mantine-color-gray-5)" aria-hidden />
          <Text fw={600} mt="xs">
            No documents yet
          </Text>
          <Text size="sm" c="dimmed">
            Contracts, agreements and files {viewer.facility.name} shares with you will appear here.
          </Text>
        </Paper>
      ) : (
        <Paper withBorder radius="lg" className={classes.list}>
          <ul className={classes.rows} aria-label="Documents, newest first">
            {documents.map((document) => (
              <DocumentRow key={document.id} document={document} />
            ))}
          </ul>
        </Paper>
      );
  } else if (error) {
    content = <QueryFailure error={error} onRetry={() => refetch()} />;
  } else {
    content = (
      <Stack role="status" aria-label="Loading documents">
        <Skeleton height={220} radius="lg" />
      </Stack>
    );
  }
  return (
    <>
      <PageHeader
        title="Documents"
        description={
          toSign > 0
            ? `${plural(toSign, "document")} ${toSign === 1 ? "needs" : "need"} your signature`
            : "Contracts, agreements and shared files"
        }
      />
      {content}
    </>
  );
}
