import { Stack, Text, Title } from "@mantine/core";
import { QueryErrorAlert } from "../../../components/QueryErrorAlert";
import { usePortalSettings } from "../api/portal-settings";
import { BrandingCard } from "./BrandingCard";
import { PortalSettingsForm } from "./PortalSettingsForm";
import { PortalSettingsSkeleton } from "./PortalSettingsSkeleton";
import { settingsValues } from "./portal-settings-form";
import { RemindersCard } from "./RemindersCard";
import { StripeCard } from "./StripeCard";

export function PortalSettingsPage() {
  const { data, loading, error, refetch } = usePortalSettings();
  const facility = data?.facility;

  return (
    <Stack gap="xl">
      <Stack gap={4}>
        <Text size="sm" c="dimmed" fw={500}>
          Settings
        </Text>
        <Title order={1} className="page-title">
          Portal
        </Title>
        <Text size="sm" c="dimmed">
          What customers see in {facility ? `${facility.name}'s` : "the"} portal, and how they and their contacts are
          invited and sign in.
        </Text>
      </Stack>
      {facility ? (
        <>
          <BrandingCard
            key={`${facility.name}|${facility.brandColor}`}
            facility={facility}
            canEdit={data.staffViewer?.role === "ADMIN"}
            onForbidden={() => void refetch()}
          />
          <StripeCard facility={facility} canEdit={data.staffViewer?.role === "ADMIN"} />
          {/* Keyed by the saved values, so a save (or another admin's, on refetch) starts the form fresh. */}
          <PortalSettingsForm
            key={JSON.stringify(settingsValues(facility))}
            facility={facility}
            canEdit={data.staffViewer?.role === "ADMIN"}
            onForbidden={() => void refetch()}
          />
          {/* Keyed by the saved values, so a save starts the card fresh. */}
          <RemindersCard
            key={JSON.stringify(facility.careReminders)}
            settings={facility.careReminders}
            canEdit={data.staffViewer?.role === "ADMIN"}
            onForbidden={() => void refetch()}
          />
        </>
      ) : error && !loading ? (
        <QueryErrorAlert title="Could not load the portal settings" error={error} onRetry={refetch} />
      ) : (
        <PortalSettingsSkeleton />
      )}
    </Stack>
  );
}
