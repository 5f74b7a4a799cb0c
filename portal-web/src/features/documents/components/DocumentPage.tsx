import { Button, Card, Grid, Group, Skeleton, Stack, Text } from "@mantine/core";
import { IconDownload } from "@tabler/icons-react";
import { useParams } from "react-router";
import { PageHeader } from "../../../components/PageHeader";
import { QueryFailure } from "../../../components/QueryFailure";
import { fileSize, formatDate } from "../../../lib/format";
import { usePortalDocument } from "../api/document";
import { DocumentStatus } from "./DocumentsPage";
import { documentKindLabel } from "./document-kind";
import { SignatureRecord } from "./SignatureRecord";
import { SignPanel } from "./SignPanel";

export function DocumentPage() {
  const { id = "" } = useParams();
  const { data, error, refetch } = usePortalDocument(id);
  const document = data?.document;
  const back = { to: "/documents", label: "Documents" };
  if (!document) {
    if (error) return <QueryFailure error={error} onRetry={() => refetch()} missing={{ what: "document", back }} />;
    return (
      <Stack role="status" aria-label="Loading the document">
        <Skeleton height={32} width="50%" />
        <Skeleton height={200} radius="lg" />
      </Stack>
    );
  }
  return (
    <>
      <PageHeader title={document.title} back={back} badge={<DocumentStatus document={document} />} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 5 }} order={{ base: 2, md: 1 }}>
          <Card withBorder radius="lg" padding="lg">
            <Stack gap="sm">
              {[
                ["Kind", documentKindLabel(document.kind)],
                ["Shared on", formatDate(document.createdAt)],
                ["File", `${document.fileName} · ${fileSize(document.size)}`],
              ].map(([label, value]) => (
                <div key={label}>
                  <Text size="xs" c="dimmed" fw={600} tt="uppercase">
                    {label}
                  </Text>
                  <Text size="sm" style={{ overflowWrap: "anywhere" }}>
                    {value}
                  </Text>
                </div>
              ))}
              <Group mt="xs">
                <Button
                  component="a"
                  href={document.url}
                  download={document.fileName}
                  variant="default"
                  leftSection={<IconDownload size={18} />}
                >
                  Download
                </Button>
              </Group>
            </Stack>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }} order={{ base: 1, md: 2 }}>
          {document.signature ? (
            <SignatureRecord signature={document.signature} />
          ) : document.requiresSignature ? (
            <SignPanel document={document} onAlreadySigned={() => refetch()} />
          ) : (
            <Card withBorder radius="lg" padding="lg">
              <Text size="sm" c="dimmed">
                Shared for your records; nothing to sign.
              </Text>
            </Card>
          )}
        </Grid.Col>
      </Grid>
    </>
  );
}
