import { Alert, Button, Center, Group, Skeleton, Stack, Table, Text, ThemeIcon } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { errorInfo } from "@portico/web-core/errors";
import { IconAlertCircle, IconMessage } from "@tabler/icons-react";
import { Fragment } from "react";
import type { BulkInviteRowFieldsFragment } from "../../../gql/graphql";
import { useBulkInviteRows } from "../api/bulk-invite-rows";
import { formatNumber } from "./format";
import { PLAN_STYLE } from "./plans";

/** Below this the rows fold into one cell each, as the Contacts table does on phones. */
const NARROW_QUERY = "(max-width: 600px)";

type Props = {
  inviteId: string;
  /** true: who will be invited; false: who is skipped, with the reason. */
  invite: boolean;
  expected: number;
  /** "Line" for a file (the header is line 1), "#" for a selection. */
  lineLabel: string;
  label: string;
};

export function RowsList({ inviteId, invite, expected, lineLabel, label }: Props) {
  const { rows, loading, error, hasMore, loadMore } = useBulkInviteRows(inviteId, invite, expected);
  const narrow = useMediaQuery(NARROW_QUERY, false, { getInitialValueInEffect: false });

  if (expected === 0) {
    return (
      <Center py="xl">
        <Text size="sm" c="dimmed">
          {invite ? "Nobody in this list will be invited." : "Nobody is skipped."}
        </Text>
      </Center>
    );
  }

  return (
    <Stack gap="sm">
      <Table.ScrollContainer minWidth={narrow ? 0 : 560} type="native">
        <Table verticalSpacing={8} horizontalSpacing="sm" aria-label={label} aria-busy={loading}>
          {!narrow && (
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={64}>{lineLabel}</Table.Th>
                <Table.Th>Name</Table.Th>
                <Table.Th>{invite ? "Sends to" : "Email"}</Table.Th>
                {/* Room for a reason on one line or two; an address wraps after its "@" instead. */}
                {!invite && <Table.Th w="34%">Reason</Table.Th>}
              </Table.Tr>
            </Table.Thead>
          )}
          <Table.Tbody>
            {rows.map((row) =>
              narrow ? (
                <NarrowRow key={row.id} row={row} invite={invite} lineLabel={lineLabel} />
              ) : (
                <Table.Tr key={row.id} data-line={row.line}>
                  <Table.Td c="dimmed" style={{ fontVariantNumeric: "tabular-nums" }}>
                    {row.line}
                  </Table.Td>
                  <Table.Td>
                    <Name name={row.name} />
                  </Table.Td>
                  <Table.Td>
                    <Email email={row.email} phone={row.phone} />
                  </Table.Td>
                  {!invite && (
                    <Table.Td>
                      <Reason row={row} />
                    </Table.Td>
                  )}
                </Table.Tr>
              ),
            )}
            {loading &&
              rows.length === 0 &&
              Array.from({ length: Math.min(expected, 4) }, (_, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: placeholder rows have no identity
                <Table.Tr key={i}>
                  <Table.Td colSpan={narrow ? 1 : invite ? 3 : 4}>
                    <Skeleton height={14} width={`${50 + ((i * 13) % 40)}%`} />
                  </Table.Td>
                </Table.Tr>
              ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>

      {error ? (
        <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
          <Group justify="space-between" gap="sm">
            <Text size="sm">{errorInfo(error).message}</Text>
            <Button size="xs" variant="white" color="red" onClick={() => void loadMore()}>
              Retry
            </Button>
          </Group>
        </Alert>
      ) : (
        (hasMore || rows.length > 0) && (
          <Group justify="space-between" gap="sm">
            <Text size="xs" c="dimmed">
              Showing {formatNumber(rows.length)} of {formatNumber(expected)}
            </Text>
            {hasMore && (
              <Button variant="default" size="xs" loading={loading && rows.length > 0} onClick={() => void loadMore()}>
                Load more
              </Button>
            )}
          </Group>
        )
      )}
    </Stack>
  );
}

function NarrowRow({
  row,
  invite,
  lineLabel,
}: {
  row: BulkInviteRowFieldsFragment;
  invite: boolean;
  lineLabel: string;
}) {
  return (
    <Table.Tr data-line={row.line}>
      <Table.Td>
        <Stack gap={2}>
          <Group justify="space-between" wrap="nowrap" gap="xs" align="baseline">
            <Name name={row.name} />
            <Text size="xs" c="dimmed" style={{ whiteSpace: "nowrap" }}>
              {lineLabel === "#" ? `#${row.line}` : `Line ${row.line}`}
            </Text>
          </Group>
          <Email email={row.email} phone={row.phone} />
          {!invite && (
            <div>
              <Reason row={row} />
            </div>
          )}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}

function Name({ name }: { name: string | null }) {
  return name ? (
    <Text size="sm" fw={600} style={{ overflowWrap: "break-word" }}>
      {name}
    </Text>
  ) : (
    <Text size="sm" c="dimmed">
      —
    </Text>
  );
}

/**
 * An address that may wrap only after its "@" and before a dot ("ann.lee@" / "example.com"), never
 * mid-word; a single part longer than the column still breaks rather than overflow.
 */
function Email({ email, phone }: { email: string | null; phone: string | null }) {
  const address = email ? (
    <Text size="sm" style={{ overflowWrap: "break-word" }}>
      {email.split(/(?<=@)|(?=\.)/).map((part, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one address, in order, never reordered
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {part}
        </Fragment>
      ))}
    </Text>
  ) : phone ? null : (
    <Text size="sm" c="dimmed" fs="italic">
      No email
    </Text>
  );
  if (!phone) return address;
  // The invite goes by text too (or only): the number it is texted to.
  return (
    <Stack gap={0}>
      {address}
      <Group gap={4} wrap="nowrap" data-testid="row-text-to">
        <IconMessage size={14} color="var(--mantine-color-dimmed)" aria-hidden style={{ flexShrink: 0 }} />
        <Text size="sm" style={{ whiteSpace: "nowrap" }}>
          Text to {readablePhone(phone)}
        </Text>
      </Group>
    </Stack>
  );
}

function Reason({ row }: { row: BulkInviteRowFieldsFragment }) {
  const style = PLAN_STYLE[row.plan];
  return (
    <Group gap={6} wrap="nowrap" align="flex-start">
      <ThemeIcon size={20} radius="xl" variant="light" color={style.color} aria-hidden style={{ flexShrink: 0 }}>
        {style.icon}
      </ThemeIcon>
      <Text size="sm">{row.detail ?? row.planLabel}</Text>
    </Group>
  );
}

/** E.164 grouped as people read it: "+1 207 555 0148"; other countries' numbers as stored. */
function readablePhone(phone: string): string {
  return phone.replace(/^\+1(\d{3})(\d{3})(\d{4})$/, "+1 $1 $2 $3");
}
