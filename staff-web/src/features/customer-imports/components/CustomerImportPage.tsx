import {
  Alert,
  Anchor,
  Badge,
  Button,
  FileButton,
  Group,
  List,
  Paper,
  Progress,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { errorInfo } from "@portico/web-core/errors";
import { IconAlertCircle, IconCheck, IconDownload, IconFileUpload } from "@tabler/icons-react";
import { useState } from "react";
import { Link } from "react-router";
import type { CustomerImportSummaryFragment, PreviewCustomerImportMutation } from "../../../gql/graphql";
import { checkCsvFile, readCsvText, saveTextFile } from "../../../lib/csv-file";
import { useCustomerImportFiles } from "../api/customer-import-files";
import { useCustomerImportProgress } from "../api/customer-import-progress";
import { usePreviewCustomerImport } from "../api/preview-customer-import";
import { useRunCustomerImport } from "../api/run-customer-import";
import { previewSentence, progressPercent, reportSentence } from "./import-summary";

type Preview = PreviewCustomerImportMutation["previewCustomerImport"];
type LineError = { line: number; message: string };

const PLAN_COLOR: Record<string, string> = {
  NEW_CUSTOMER: "teal",
  SAME_CUSTOMER: "blue",
  DUPLICATE: "yellow",
  ERROR: "red",
};

/** Contacts → Import customers: template, file, preview, run, progress, report. */
export function CustomerImportPage() {
  const files = useCustomerImportFiles();
  const [previewImport, { loading: previewing }] = usePreviewCustomerImport();
  const [runImport, { loading: starting }] = useRunCustomerImport();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [running, setRunning] = useState<CustomerImportSummaryFragment | null>(null);
  const [error, setError] = useState<{ message: string; lines: LineError[] } | null>(null);

  const fail = (e: unknown) => {
    const info = errorInfo(e);
    setError({ message: info.message, lines: (info.extensions.lines as LineError[] | undefined) ?? [] });
  };

  const downloadTemplate = async () => {
    setError(null);
    try {
      saveTextFile(await files.template(), "portico-customer-import-template.csv");
    } catch (e) {
      fail(e);
    }
  };

  const choose = async (file: File | null) => {
    if (!file) return;
    setError(null);
    setPreview(null);
    setRunning(null);
    const problem = checkCsvFile(file);
    if (problem) {
      setError({ message: problem, lines: [] });
      return;
    }
    try {
      const { data } = await previewImport({ variables: { csv: await readCsvText(file), fileName: file.name } });
      if (data) setPreview(data.previewCustomerImport);
    } catch (e) {
      fail(e);
    }
  };

  const run = async () => {
    if (!preview) return;
    setError(null);
    try {
      const { data } = await runImport({ variables: { id: preview.id } });
      if (data) setRunning(data.runCustomerImport);
    } catch (e) {
      fail(e);
    }
  };

  const problems = preview?.rows.filter((r) => r.plan === "DUPLICATE" || r.plan === "ERROR") ?? [];

  return (
    <Stack gap="lg">
      <div>
        <Anchor component={Link} to="/contacts" size="sm">
          ← Contacts
        </Anchor>
        <Title order={1} className="page-title">
          Import customers
        </Title>
        <Text c="dimmed" size="sm">
          Bring in customers and their cars from a spreadsheet saved as CSV.
        </Text>
      </div>

      <Paper withBorder radius="md" p="lg">
        <Stack gap="sm">
          <Text fw={650}>1. Fill in the template</Text>
          <List size="sm" spacing={4}>
            <List.Item>
              One line per car. A customer with two cars has two lines with the same email or phone.
            </List.Item>
            <List.Item>
              A line without a car creates the customer alone. Name is required; the rest is optional.
            </List.Item>
            <List.Item>
              Customers you already have (same email or phone) are skipped and listed. Up to 10,000 lines, 5 MB.
            </List.Item>
          </List>
          <Group>
            <Button variant="default" leftSection={<IconDownload size={18} />} onClick={downloadTemplate}>
              Download template
            </Button>
          </Group>
        </Stack>
      </Paper>

      <Paper withBorder radius="md" p="lg">
        <Stack gap="sm">
          <Text fw={650}>2. Choose the file</Text>
          <Group>
            <FileButton onChange={choose} accept=".csv,text/csv">
              {(props) => (
                <Button {...props} leftSection={<IconFileUpload size={18} />} loading={previewing} disabled={!!running}>
                  Choose CSV file
                </Button>
              )}
            </FileButton>
            {preview && (
              <Text size="sm" c="dimmed">
                {preview.fileName}
              </Text>
            )}
          </Group>
        </Stack>
      </Paper>

      {error && (
        <Alert color="red" icon={<IconAlertCircle size={18} />} title={error.message} data-testid="import-error">
          {error.lines.length > 0 && (
            <List size="sm">
              {error.lines.map((l) => (
                <List.Item key={`${l.line}-${l.message}`}>
                  Line {l.line}: {l.message}
                </List.Item>
              ))}
            </List>
          )}
        </Alert>
      )}

      {preview && !running && (
        <Paper withBorder radius="md" p="lg">
          <Stack gap="md">
            <Text fw={650}>3. Check the preview</Text>
            <Text data-testid="import-preview-summary">{previewSentence(preview)}</Text>
            {problems.length > 0 && <LineTable rows={problems} caption="Lines that will be skipped" />}
            <Group>
              <Button
                leftSection={<IconCheck size={18} />}
                onClick={run}
                loading={starting}
                disabled={preview.newCustomers + preview.newCars === 0}
              >
                Run import
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}

      {running && <RunPanel initial={running} onReport={(id) => files.report(id)} onError={fail} />}
    </Stack>
  );
}

function LineTable({ rows, caption }: { rows: Preview["rows"]; caption: string }) {
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped verticalSpacing="xs" data-testid="import-problems">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Line</Table.Th>
            <Table.Th>Customer</Table.Th>
            <Table.Th>Plan</Table.Th>
            <Table.Th>Why</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>{r.line}</Table.Td>
              <Table.Td>
                <Text size="sm">{r.name ?? "—"}</Text>
                {r.email && (
                  <Text size="xs" c="dimmed">
                    {r.email}
                  </Text>
                )}
              </Table.Td>
              {/* The plan keeps its word whole; a narrow screen scrolls the table instead. */}
              <Table.Td style={{ whiteSpace: "nowrap" }}>
                <Badge color={PLAN_COLOR[r.plan]} variant="light" style={{ minWidth: "max-content" }}>
                  {r.planLabel}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{r.detail}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function RunPanel({
  initial,
  onReport,
  onError,
}: {
  initial: CustomerImportSummaryFragment;
  onReport: (id: string) => Promise<string>;
  onError: (e: unknown) => void;
}) {
  const { job, error } = useCustomerImportProgress(initial);
  const done = job.status === "DONE";
  const download = async () => {
    try {
      saveTextFile(await onReport(job.id), `portico-customer-import-report-${job.id}.csv`);
    } catch (e) {
      onError(e);
    }
  };
  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap="md">
        <Text fw={650}>{done ? "Import finished" : "Importing…"}</Text>
        <Progress value={progressPercent(job)} animated={!done} aria-label="Import progress" />
        <Text size="sm" c="dimmed">
          {job.processed.toLocaleString("en-US")} of {job.total.toLocaleString("en-US")} lines
        </Text>
        {error ? (
          <Text size="sm" c="red">
            Cannot reach the server; still trying.
          </Text>
        ) : null}
        {done && (
          <>
            <Text data-testid="import-report-summary">{reportSentence(job)}</Text>
            <Group>
              <Button variant="default" leftSection={<IconDownload size={18} />} onClick={download}>
                Download report
              </Button>
              <Button component={Link} to="/contacts">
                See contacts
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Paper>
  );
}
