import { Anchor, Group, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { IconBuildingStore, IconUsers } from "@tabler/icons-react";
import { Link, Navigate } from "react-router";
import { PageTitle } from "../../../components/PageTitle";
import { useSections, useViewer } from "../../../lib/viewer";
import { usePortalCars } from "../../cars/api/portal-cars";
import { CarList } from "../../cars/CarList";
import { PasskeyOffer } from "../../passkeys/PasskeyOffer";
import { CHOOSE_ACCOUNT_PATH, type ChooseAccountState } from "../../session/after-sign-in";
import { usePortalHome } from "../api/portal-home";
import { AttentionCards } from "./AttentionCards";
import { firstNameOf, greetingFor } from "./greeting";
import { OrderHistoryPreview } from "./OrderHistory";

export const ONBOARDING_PATH = "/welcome";

export function HomePage() {
  const viewer = useViewer();
  const sections = useSections();
  const home = usePortalHome();
  const { cars, enabled: vehiclesOn } = usePortalCars();
  const facility = viewer.facility.name;
  const account = viewer.account.customerName;
  const severalAccounts = viewer.accounts.length > 1;
  const chooserState: ChooseAccountState = { from: "/" };

  // The facility's first-visit steps come first, until they are done or skipped.
  if (home.data?.portalProfile.onboardingPending && !viewer.preview) return <Navigate to={ONBOARDING_PATH} replace />;

  return (
    <Stack gap={36}>
      <PageTitle>Home</PageTitle>
      <Stack gap={4}>
        <Title order={1} size="h2">
          {greetingFor(new Date())}, {firstNameOf(viewer.name)}
        </Title>
        <Text c="dimmed">{facility} customer portal</Text>
        {/* Whose account this is, whenever it might not be obvious: a helper on someone else's, or one of several. */}
        {(viewer.isContact || severalAccounts) && (
          <Group gap={8} mt="xs" wrap="nowrap" align="flex-start">
            <ThemeIcon size="sm" variant="light" radius="xl" mt={2} aria-hidden>
              {viewer.isContact ? <IconUsers size={13} /> : <IconBuildingStore size={13} />}
            </ThemeIcon>
            <Text size="sm">
              {viewer.isContact
                ? `You're signed in as ${viewer.name} on ${account}'s account`
                : `You're viewing ${account}'s account`}
              {severalAccounts && (
                <>
                  {" · "}
                  <Anchor component={Link} to={CHOOSE_ACCOUNT_PATH} state={chooserState} size="sm">
                    Switch account
                  </Anchor>
                </>
              )}
            </Text>
          </Group>
        )}
      </Stack>
      <PasskeyOffer preview={viewer.preview} />
      <AttentionCards home={home.data?.portalHome} error={home.error} onRetry={() => home.refetch()} />
      {vehiclesOn && <CarList cars={cars} facilityName={facility} limit={3} />}
      {(sections.has("BILLING") || sections.has("SERVICE_REQUESTS")) && <OrderHistoryPreview />}
    </Stack>
  );
}
