import { ServerError } from "@apollo/client/errors";
import { Alert, Anchor, Box, Button, Group, Loader, ScrollArea, Stack, Table, Text, ThemeIcon } from "@mantine/core";
import { errorInfo } from "@portico/web-core/errors";
import { IconAlertCircle, IconDownload, IconFileSpreadsheet, IconUpload } from "@tabler/icons-react";
import { type DragEvent, useId, useRef, useState } from "react";
import type { BulkInviteSummaryFragment } from "../../../gql/graphql";
import { usePreviewBulkInviteCsv } from "../api/preview-bulk-invite-csv";
import { checkCsvFile, downloadTemplate, MAX_CSV_LABEL, readCsvText } from "./csv-file";
import classes from "./UploadStep.module.css";

type LineError = { line: number; message: string };
type Problem = { title: string; message: string; lines: LineError[] };

/** The server caps the list; saying so keeps "100 problems" from reading as the whole story. */
const SERVER_LINE_CAP = 100;

export function UploadStep({ onPreview }: { onPreview: (invite: BulkInviteSummaryFragment) => void }) {
  const [preview, { loading }] = usePreviewBulkInviteCsv();
  const [fileName, setFileName] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();

  const upload = async (file: File) => {
    setFileName(file.name);
    setProblem(null);
    const refused = checkCsvFile(file);
    if (refused) {
      setProblem({ title: "This file can't be used", message: refused, lines: [] });
      return;
    }
    try {
      const csv = await readCsvText(file);
      const { data } = await preview({ variables: { csv, fileName: file.name } });
      if (data) onPreview(data.previewBulkInviteCsv);
    } catch (e) {
      setProblem(describe(e));
    }
  };

  const choose = (files: FileList | null) => {
    const file = files?.[0];
    if (file && !loading) void upload(file);
    // Cleared so choosing the same file again (after fixing it) fires a change.
    if (input.current) input.current.value = "";
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    choose(e.dataTransfer.files);
  };

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        Each row names a customer by <Code>customer_id</Code> or <Code>email</Code>. The invite always goes to the email
        on record. Nothing is sent until you review the list.
      </Text>

      <Box
        component="label"
        className={classes.dropzone}
        data-dragging={dragging || undefined}
        data-busy={loading || undefined}
        onDragOver={(e) => {
          e.preventDefault();
          e.dataTransfer.dropEffect = loading ? "none" : "copy";
          setDragging(true);
        }}
        onDragLeave={(e) => {
          // Moving over the zone's own children fires dragleave too; only leaving the zone counts.
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={onDrop}
      >
        <input
          ref={input}
          type="file"
          accept=".csv,text/csv"
          className={classes.input}
          aria-label="CSV file"
          aria-describedby={hintId}
          disabled={loading}
          onChange={(e) => choose(e.currentTarget.files)}
          data-testid="bulk-invite-file"
        />
        {loading ? (
          <Stack align="center" gap="xs" role="status">
            <Loader size="md" />
            <Text fw={600}>Checking {fileName}…</Text>
            <Text size="sm" c="dimmed">
              Matching rows to your customers
            </Text>
          </Stack>
        ) : (
          <Stack align="center" gap="xs">
            <ThemeIcon size={52} radius="xl" variant="light" aria-hidden>
              {dragging ? <IconUpload size={26} /> : <IconFileSpreadsheet size={26} />}
            </ThemeIcon>
            <Text fw={600} ta="center">
              {dragging ? (
                "Drop the file to check it"
              ) : (
                <>
                  <span className={classes.dragHint}>Drag a CSV file here</span>
                  <span className={classes.tapHint}>Choose a CSV file</span>
                </>
              )}
            </Text>
            <Text size="sm" c="dimmed" ta="center" id={hintId}>
              In the template, up to {MAX_CSV_LABEL} and 10,000 rows
            </Text>
            <Button
              component="span"
              variant="default"
              mt={4}
              leftSection={<IconUpload size={16} />}
              className={classes.chooseButton}
              aria-hidden
            >
              Choose file
            </Button>
          </Stack>
        )}
      </Box>

      <Group gap={6} wrap="nowrap">
        <IconDownload size={16} color="var(--mantine-color-portico-7)" aria-hidden />
        <Anchor component="button" type="button" size="sm" onClick={downloadTemplate}>
          Download template
        </Anchor>
        <Text size="sm" c="dimmed" visibleFrom="xs">
          (customer_id, name, email)
        </Text>
      </Group>

      {problem && <ProblemAlert problem={problem} fileName={fileName} />}
    </Stack>
  );
}

function Code({ children }: { children: string }) {
  return <code className={classes.code}>{children}</code>;
}

function ProblemAlert({ problem, fileName }: { problem: Problem; fileName: string | null }) {
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle size={20} />} title={problem.title} role="alert">
      <Stack gap="sm">
        <Text size="sm">{problem.message}</Text>
        {problem.lines.length > 0 && (
          <ScrollArea.Autosize mah={240} type="auto" offsetScrollbars>
            <Table
              withTableBorder
              verticalSpacing={6}
              bg="var(--mantine-color-body)"
              aria-label={fileName ? `Problems in ${fileName}` : "Problems in the file"}
            >
              <Table.Tbody>
                {problem.lines.map((l, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: one line can have several problems
                  <Table.Tr key={i} data-line={l.line}>
                    <Table.Th scope="row" w={84} fw={600} style={{ whiteSpace: "nowrap" }}>
                      Line {l.line}
                    </Table.Th>
                    <Table.Td>{l.message}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
        )}
        {problem.lines.length >= SERVER_LINE_CAP && (
          <Text size="xs" c="dimmed">
            Showing the first {SERVER_LINE_CAP} problems.
          </Text>
        )}
        <Text size="sm">Fix the file and choose it again, or choose another file. Nothing was sent.</Text>
      </Stack>
    </Alert>
  );
}

function describe(error: unknown): Problem {
  // The endpoint refuses oversized bodies before GraphQL sees them (a 5 MB file full of quotes
  // grows when sent as JSON); say so rather than "something went wrong".
  if (ServerError.is(error) && error.statusCode === 413) {
    return {
      title: "This file is too large to upload",
      message: `Split it into smaller files of up to ${MAX_CSV_LABEL} and try again.`,
      lines: [],
    };
  }
  const info = errorInfo(error);
  const lines = Array.isArray(info.extensions.lines) ? info.extensions.lines.filter(isLineError) : [];
  return {
    title: info.code === "BAD_USER_INPUT" ? "This file can't be used" : "The file could not be checked",
    message: info.message,
    lines,
  };
}

function isLineError(value: unknown): value is LineError {
  const v = value as Partial<LineError> | null;
  return typeof v?.line === "number" && typeof v.message === "string";
}
