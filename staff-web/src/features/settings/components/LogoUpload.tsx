import { Alert, Box, Button, FileButton, Group, Image, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { errorInfo } from "@portico/web-core/errors";
import { IconAlertCircle, IconCheck, IconPhoto, IconTrash, IconUpload } from "@tabler/icons-react";
import { useState } from "react";
import { uploadErrorMessage } from "../../../lib/uploads";
import { LOGO_TYPES, logoProblem, useRemoveLogo, useUploadLogo } from "../api/logo";
import classes from "./LogoUpload.module.css";

type LogoUploadProps = {
  facilityId: string;
  facilityName: string;
  logoUrl: string | null;
  canEdit: boolean;
  onForbidden: () => void;
};

/**
 * The facility's logo: a preview on a checkerboard (so a transparent logo's edges show), upload or
 * replace, and remove. Each change is saved at once, apart from the name and colour form.
 */
export function LogoUpload({ facilityId, facilityName, logoUrl, canEdit, onForbidden }: LogoUploadProps) {
  const upload = useUploadLogo(facilityId);
  const [remove, { loading: removing }] = useRemoveLogo();
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const busy = uploading || removing;

  const pick = async (file: File | null) => {
    if (!file) return;
    setError(null);
    const problem = logoProblem(file);
    if (problem) {
      setError(problem);
      return;
    }
    setUploading(true);
    try {
      await upload(file);
      notifications.show({ color: "teal", icon: <IconCheck size={18} />, message: "Logo saved" });
    } catch (e) {
      const status = (e as { status?: number | null }).status;
      if (status === 403) onForbidden();
      setError(uploadErrorMessage(e));
    } finally {
      setUploading(false);
    }
  };

  const removeLogo = async () => {
    setError(null);
    try {
      await remove();
      notifications.show({ color: "teal", icon: <IconCheck size={18} />, message: "Logo removed" });
    } catch (e) {
      const info = errorInfo(e);
      if (info.code === "FORBIDDEN") onForbidden();
      setError(info.code === "FORBIDDEN" ? "Only admins can change the branding." : info.message);
    }
  };

  return (
    <Stack gap={6}>
      <Text size="sm" fw={500} id="logo-label">
        Logo
      </Text>
      <Group gap="md" align="center" wrap="wrap">
        <Box className={classes.preview} data-empty={!logoUrl || undefined} aria-busy={busy || undefined}>
          {logoUrl ? (
            <Image src={logoUrl} alt={`${facilityName} logo`} fit="contain" h="100%" w="100%" />
          ) : (
            <Stack gap={2} align="center" c="dimmed">
              <IconPhoto size={22} stroke={1.5} aria-hidden />
              <Text size="xs">No logo</Text>
            </Stack>
          )}
        </Box>
        <Stack gap={8} className={classes.side}>
          <Text size="xs" c="dimmed">
            PNG, JPEG or WebP, up to 5 MB. A PNG with a transparent background looks best; it is shown at most 512 px
            wide. Without a logo, the portal and emails show your facility's name.
          </Text>
          {canEdit && (
            <Group gap="xs">
              <FileButton onChange={(file) => void pick(file)} accept={LOGO_TYPES.join(",")} disabled={busy}>
                {(props) => (
                  <Button
                    {...props}
                    size="xs"
                    variant="default"
                    leftSection={<IconUpload size={14} />}
                    loading={uploading}
                    disabled={removing}
                  >
                    {logoUrl ? "Replace logo" : "Upload logo"}
                  </Button>
                )}
              </FileButton>
              {logoUrl && (
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  leftSection={<IconTrash size={14} />}
                  loading={removing}
                  disabled={uploading}
                  onClick={() => void removeLogo()}
                >
                  Remove logo
                </Button>
              )}
            </Group>
          )}
        </Stack>
      </Group>
      {error && (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertCircle size={18} />}
          role="alert"
          title="The logo was not saved"
        >
          {error}
        </Alert>
      )}
    </Stack>
  );
}
