import { Card, Group, Stack, Text, ThemeIcon } from "@mantine/core";
import { IconRosetteDiscountCheck } from "@tabler/icons-react";
import type { PortalDocumentFieldsFragment } from "../../../gql/graphql";
import { formatMoment } from "../../../lib/format";
import { fingerprint } from "./document-kind";
import classes from "./SignatureRecord.module.css";

type Signature = NonNullable<PortalDocumentFieldsFragment["signature"]>;

/** What was signed, by whom and when: the record both sides keep. */
export function SignatureRecord({ signature }: { signature: Signature }) {
  return (
    <Card withBorder radius="lg" padding="lg" className={classes.card} component="section" aria-label="Signature">
      <Group gap="sm" wrap="nowrap" mb="md">
        <ThemeIcon color="teal" variant="light" radius="xl" size="lg" aria-hidden>
          <IconRosetteDiscountCheck size={20} />
        </ThemeIcon>
        <div>
          <Text fw={650}>Signed electronically</Text>
          <Text size="sm" c="dimmed">
            {formatMoment(signature.signedAt)}
          </Text>
        </div>
      </Group>
      <Stack gap={4}>
        <Text className={classes.typed} aria-label={`Typed name: ${signature.typedName}`}>
          {signature.typedName}
        </Text>
        <Text size="sm" c="dimmed">
          Signed by {signature.signerName}
        </Text>
        <Text size="xs" c="dimmed" mt="xs">
          Document fingerprint:{" "}
          <span className={classes.hash} title={signature.documentSha256}>
            {fingerprint(signature.documentSha256)}
          </span>
        </Text>
      </Stack>
    </Card>
  );
}
