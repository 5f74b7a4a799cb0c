import { Blockquote, Stack, Text } from "@mantine/core";
import { dateTime } from "@portico/web-core/time";
import type { EstimateFieldsFragment } from "../../../gql/graphql";

/** Who answered the estimate, when, and the note they left. */
export function EstimateAnswer({ estimate }: { estimate: EstimateFieldsFragment }) {
  return (
    <Stack gap={6}>
      <Text size="sm">
        <Text span fw={600}>
          {answerLabel(estimate)}
        </Text>{" "}
        by {estimate.respondedByName ?? "the customer"}
        {estimate.respondedAt && (
          <Text span c="dimmed" size="xs" title={dateTime(new Date(estimate.respondedAt))}>
            {" "}
            · {dateTime(new Date(estimate.respondedAt))}
          </Text>
        )}
      </Text>
      {estimate.customerNote && (
        <Blockquote
          p="xs"
          pl="md"
          color="gray"
          radius="sm"
          fz="sm"
          style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}
        >
          {estimate.customerNote}
        </Blockquote>
      )}
    </Stack>
  );
}

/** The customer's answer, which an invoiced estimate's status no longer tells. */
function answerLabel(estimate: EstimateFieldsFragment): string {
  const accepted = estimate.lines.filter((l) => l.accepted).length;
  if (accepted === 0) return "Declined";
  return accepted === estimate.lines.length ? "Accepted" : "Partially accepted";
}
