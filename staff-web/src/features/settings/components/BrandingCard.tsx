import { Alert, Box, Button, ColorInput, Group, Paper, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { errorInfo } from "@portico/web-core/errors";
import { IconAlertCircle, IconCheck } from "@tabler/icons-react";
import { useState } from "react";
import type { PortalSettingsFieldsFragment } from "../../../gql/graphql";
import { applyServerErrors } from "../../../lib/forms";
import { useUpdateBranding } from "../api/update-branding";
import { LogoUpload } from "./LogoUpload";
import { BRAND_COLOR, type BrandingValues, useBrandingForm } from "./portal-settings-form";
import { SettingsSection } from "./SettingsSection";

/** A few accents that read well on white, as starting points. */
const SWATCHES = ["#0b7285", "#1c7ed6", "#2f9e44", "#e8590c", "#c2255c", "#7048e8", "#212529", "#a61e4d"];

/** White or near-black text, whichever reads better on the accent (WCAG relative luminance). */
export function textOn(hex: string): string {
  if (!BRAND_COLOR.test(hex)) return "#fff";
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return luminance > 0.45 ? "#1a1b1e" : "#fff";
}

export function BrandingCard({
  facility,
  canEdit,
  onForbidden,
}: {
  facility: Pick<PortalSettingsFieldsFragment, "id" | "name" | "brandColor" | "logoUrl">;
  canEdit: boolean;
  onForbidden: () => void;
}) {
  const form = useBrandingForm({ name: facility.name, brandColor: facility.brandColor });
  const [save, { loading }] = useUpdateBranding();
  const [error, setError] = useState<string | null>(null);
  const readOnly = !canEdit;
  const { name, brandColor } = form.values;
  const previewColor = BRAND_COLOR.test(brandColor) ? brandColor : facility.brandColor;

  const submit = form.onSubmit(async (values: BrandingValues) => {
    setError(null);
    try {
      await save({ variables: { input: { name: values.name.trim(), brandColor: values.brandColor.toLowerCase() } } });
      notifications.show({ color: "teal", icon: <IconCheck size={18} />, message: "Branding saved" });
    } catch (e) {
      if (errorInfo(e).code === "FORBIDDEN") {
        setError("Only admins can change the branding. Your changes were not saved.");
        onForbidden();
        return;
      }
      setError(applyServerErrors(form, e, ["name", "brandColor"]));
    }
  });

  return (
    <SettingsSection
      id="branding-heading"
      title="Branding"
      description="Your facility's name, logo and accent colour, on the portal's pages and in every email customers get."
    >
      <form onSubmit={submit} noValidate aria-label="Branding">
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              label="Facility name"
              withAsterisk={canEdit}
              readOnly={readOnly}
              variant={readOnly ? "filled" : "default"}
              {...form.getInputProps("name")}
            />
            <ColorInput
              label="Accent colour"
              format="hex"
              swatches={SWATCHES}
              swatchesPerRow={8}
              withEyeDropper={false}
              readOnly={readOnly}
              disallowInput={readOnly}
              withPicker={!readOnly}
              variant={readOnly ? "filled" : "default"}
              {...form.getInputProps("brandColor")}
            />
          </SimpleGrid>

          <LogoUpload
            facilityId={facility.id}
            facilityName={facility.name}
            logoUrl={facility.logoUrl ?? null}
            canEdit={canEdit}
            onForbidden={onForbidden}
          />

          <div>
            <Text size="xs" c="dimmed" mb={6} id="branding-preview-label">
              Preview
            </Text>
            <BrandPreview name={name.trim() || facility.name} color={previewColor} logoUrl={facility.logoUrl ?? null} />
          </div>

          {error && (
            <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
              {error}
            </Alert>
          )}
          {canEdit && (
            <Group justify="flex-end" gap="sm">
              <Button variant="default" disabled={!form.isDirty() || loading} onClick={() => form.reset()}>
                Discard
              </Button>
              <Button type="submit" loading={loading} disabled={!form.isDirty()}>
                Save branding
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </SettingsSection>
  );
}

/** A miniature of the portal's header and main button in the chosen colour. */
function BrandPreview({ name, color, logoUrl }: { name: string; color: string; logoUrl: string | null }) {
  const ink = textOn(color);
  return (
    <Paper withBorder radius="md" style={{ overflow: "hidden" }} aria-labelledby="branding-preview-label" role="img">
      <Box px="md" py="sm" style={{ background: color, color: ink }} data-testid="brand-preview-bar">
        <Group gap="xs" wrap="nowrap">
          {logoUrl ? (
            <Box
              h={30}
              px={4}
              style={{ borderRadius: 6, background: "#fff", display: "grid", placeItems: "center", flexShrink: 0 }}
            >
              <img src={logoUrl} alt="" style={{ height: 24, maxWidth: 120, objectFit: "contain", display: "block" }} />
            </Box>
          ) : (
            <Box
              w={26}
              h={26}
              style={{
                borderRadius: 6,
                background: ink === "#fff" ? "rgba(255,255,255,.22)" : "rgba(0,0,0,.12)",
                display: "grid",
                placeItems: "center",
                fontWeight: 700,
                fontSize: 13,
                flexShrink: 0,
              }}
            >
              {name.trim().charAt(0).toUpperCase() || "P"}
            </Box>
          )}
          <Text fw={650} size="sm" truncate="end" c="inherit">
            {name}
          </Text>
        </Group>
      </Box>
      <Group px="md" py="sm" justify="space-between" gap="sm" wrap="nowrap" bg="gray.0">
        <Text size="sm" c="dimmed" truncate="end">
          Invoice INV-1042 · $240.00 due
        </Text>
        <Box
          px="sm"
          py={6}
          style={{ background: color, color: ink, borderRadius: 6, fontSize: 13, fontWeight: 600, flexShrink: 0 }}
        >
          Pay invoice
        </Box>
      </Group>
    </Paper>
  );
}
