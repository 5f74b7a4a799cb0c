import { Box, Button, Group, Loader, Paper, Progress, Stack, Text, ThemeIcon, VisuallyHidden } from "@mantine/core";
import { IconAlertTriangle, IconCheck, IconClock } from "@tabler/icons-react";
import { fileSize, type UploadItem } from "../lib/uploads";

type Props = {
  items: UploadItem[];
  /** What the files are, for the summary: "photos", "files". */
  noun?: string;
  onClear?: () => void;
};

/** Each file of an upload batch with its state, and the reason for every one that did not go through. */
export function UploadList({ items, noun = "files", onClear }: Props) {
  if (items.length === 0) return null;
  const finished = items.filter((i) => i.status === "done" || i.status === "failed").length;
  const failed = items.filter((i) => i.status === "failed").length;
  const done = items.filter((i) => i.status === "done").length;
  const busy = finished < items.length;
  const current = items.findIndex((i) => i.status === "uploading");

  return (
    <Paper withBorder radius="md" p="sm" bg="gray.0" aria-label="Uploads" component="section">
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Text size="sm" fw={600} aria-live="polite">
            {busy
              ? `Uploading ${Math.min(finished + 1, items.length)} of ${items.length}…`
              : failed === 0
                ? `${done} ${done === 1 ? singular(noun) : noun} uploaded`
                : done === 0
                  ? `${failed === 1 ? `The ${singular(noun)} was` : `None of the ${noun} were`} uploaded`
                  : `${done} uploaded, ${failed} not uploaded`}
          </Text>
          {!busy && onClear && (
            <Button size="compact-xs" variant="subtle" color="gray" onClick={onClear}>
              Dismiss
            </Button>
          )}
        </Group>
        {busy && (
          <Progress
            value={(finished / items.length) * 100 + (current >= 0 ? 100 / items.length / 2 : 0)}
            size="sm"
            animated
            striped
            aria-label="Upload progress"
          />
        )}
        <Stack gap={6} component="ul" style={{ listStyle: "none", margin: 0, padding: 0 }}>
          {items.map((item) => (
            <Box component="li" key={item.key} aria-label={item.name} data-status={item.status}>
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <StatusIcon item={item} />
                <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
                  <Group gap={6} wrap="nowrap">
                    <Text size="sm" truncate="end" style={{ minWidth: 0 }}>
                      {item.name}
                    </Text>
                    <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
                      {fileSize(item.size)}
                    </Text>
                  </Group>
                  {item.error && (
                    <Text size="xs" c="red.8" role="alert">
                      {/* Screen readers announce the alert alone, so it carries the file's name. */}
                      <VisuallyHidden>{item.name}: </VisuallyHidden>
                      {item.error}
                    </Text>
                  )}
                </Stack>
              </Group>
            </Box>
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}

function singular(noun: string) {
  return noun.endsWith("s") ? noun.slice(0, -1) : noun;
}

function StatusIcon({ item }: { item: UploadItem }) {
  switch (item.status) {
    case "uploading":
      return (
        <Box w={20} h={20} style={{ display: "grid", placeItems: "center", flexShrink: 0 }}>
          <Loader size={14} aria-label="Uploading" />
        </Box>
      );
    case "done":
      return (
        <ThemeIcon size={20} radius="xl" color="teal" variant="light" aria-label="Uploaded">
          <IconCheck size={12} />
        </ThemeIcon>
      );
    case "failed":
      return (
        <ThemeIcon size={20} radius="xl" color="red" variant="light" aria-label="Not uploaded">
          <IconAlertTriangle size={12} />
        </ThemeIcon>
      );
    default:
      return (
        <ThemeIcon size={20} radius="xl" color="gray" variant="light" aria-label="Waiting">
          <IconClock size={12} />
        </ThemeIcon>
      );
  }
}
