import { ActionIcon, Code, CopyButton, DataList, Group, Modal, Stack, Text, Tooltip } from "@mantine/core";
import { facilityTimeZone, wallClockIn, zoneAbbreviation } from "@portico/web-core/zones";
import { IconCheck, IconCopy } from "@tabler/icons-react";
import { format } from "date-fns";
import type { DocumentFieldsFragment } from "../../../gql/graphql";
import { browserSummary } from "./document-form";

type Signature = NonNullable<DocumentFieldsFragment["signature"]>;

/** The evidence of a typed-name signature: who, what they typed, when, from where, and the signed file's hash. */
export default function SignatureDetailsDialog({
  document,
  signature,
  onClose,
}: {
  document: Pick<DocumentFieldsFragment, "title" | "fileName">;
  signature: Signature;
  onClose: () => void;
}) {
  const signedAt = new Date(signature.signedAt);
  const browser = browserSummary(signature.userAgent);
  return (
    <Modal opened onClose={onClose} title="Signature details" size="lg">
      <Stack gap="md">
        <Text size="sm">
          “{document.title}” ({document.fileName}) was signed electronically with a typed name, after the signer agreed
          to sign electronically.
        </Text>
        <DataList orientation="horizontal" labelWidth={140} withDivider>
          <DataList.Item>
            <DataList.ItemLabel>Signed by</DataList.ItemLabel>
            <DataList.ItemValue>{signature.signerName}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>Typed name</DataList.ItemLabel>
            <DataList.ItemValue>
              <Text span fs="italic" ff="Georgia, 'Times New Roman', serif" fz="lg">
                {signature.typedName}
              </Text>
            </DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>Signed at</DataList.ItemLabel>
            <DataList.ItemValue>
              <time dateTime={signature.signedAt}>
                {format(wallClockIn(signedAt), "d MMM yyyy, HH:mm:ss")} {zoneAbbreviation(signedAt, facilityTimeZone())}
              </time>
            </DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>IP address</DataList.ItemLabel>
            <DataList.ItemValue>
              <Code>{signature.ip || "Not recorded"}</Code>
            </DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>Browser</DataList.ItemLabel>
            <DataList.ItemValue>
              <Stack gap={2}>
                {browser && <Text size="sm">{browser}</Text>}
                <Text size="xs" c="dimmed" style={{ overflowWrap: "anywhere" }}>
                  {signature.userAgent || "Not recorded"}
                </Text>
              </Stack>
            </DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>Document SHA-256</DataList.ItemLabel>
            <DataList.ItemValue>
              <Group gap={4} wrap="nowrap" align="flex-start">
                <Code style={{ overflowWrap: "anywhere", whiteSpace: "normal" }} data-testid="signature-sha256">
                  {signature.documentSha256}
                </Code>
                <CopyButton value={signature.documentSha256}>
                  {({ copied, copy }) => (
                    <Tooltip label={copied ? "Copied" : "Copy hash"} withArrow>
                      <ActionIcon
                        variant="subtle"
                        color={copied ? "teal" : "gray"}
                        onClick={copy}
                        aria-label="Copy hash"
                      >
                        {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                      </ActionIcon>
                    </Tooltip>
                  )}
                </CopyButton>
              </Group>
            </DataList.ItemValue>
          </DataList.Item>
        </DataList>
        <Text size="xs" c="dimmed">
          The hash identifies the exact file that was signed: the SHA-256 of a downloaded copy matches it only if not a
          byte has changed.
        </Text>
      </Stack>
    </Modal>
  );
}
