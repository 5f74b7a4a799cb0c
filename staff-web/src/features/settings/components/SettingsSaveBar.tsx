import { Alert, Button, Grid, Group, Paper, Stack, Text } from "@mantine/core";
import { IconAlertCircle } from "@tabler/icons-react";

/** Under the form's fields: why the last save failed, and Save / Discard for those who may edit. */
export function SettingsSaveBar({
  error,
  canEdit,
  dirty,
  saving,
  onDiscard,
}: {
  error: string | null;
  canEdit: boolean;
  dirty: boolean;
  saving: boolean;
  onDiscard: () => void;
}) {
  if (!error && !canEdit) return null;
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 8 }} offset={{ base: 0, md: 4 }}>
        <Stack gap="md">
          {error && (
            <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
              {error}
            </Alert>
          )}
          {canEdit && (
            // The form is long: with changes made, the buttons stay in view at the bottom of the screen.
            <Paper
              withBorder={dirty}
              shadow={dirty ? "md" : undefined}
              radius="md"
              p={dirty ? "sm" : 0}
              bg={dirty ? undefined : "transparent"}
              style={dirty ? { position: "sticky", bottom: 12, zIndex: 5 } : undefined}
            >
              <Group justify="space-between" gap="sm">
                <Text size="sm" c="dimmed" aria-live="polite">
                  {dirty ? "You have unsaved changes" : ""}
                </Text>
                <Group gap="sm">
                  <Button variant="default" disabled={!dirty || saving} onClick={onDiscard}>
                    Discard changes
                  </Button>
                  <Button type="submit" loading={saving} disabled={!dirty}>
                    Save changes
                  </Button>
                </Group>
              </Group>
            </Paper>
          )}
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
