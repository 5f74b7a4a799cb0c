import { Anchor, Group, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { IconBuildingStore, IconUsers } from "@tabler/icons-react";
import { Link } from "react-router";
import { PageTitle } from "../../../components/PageTitle";
import { CarList } from "../../cars/components/CarList";
import { CHOOSE_ACCOUNT_PATH, type ChooseAccountState } from "../../session/after-sign-in";
import { useViewer } from "../../session/components/RequireSession";
import { firstNameOf, greetingFor } from "./greeting";

export function HomePage() {
  const viewer = useViewer();
  const facility = viewer.facility.name;
  const account = viewer.account.customerName;
  const severalAccounts = viewer.accounts.length > 1;
  const chooserState: ChooseAccountState = { from: "/" };
  return (
    <Stack gap={32}>
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
      <CarList cars={viewer.account.cars} facilityName={facility} />
    </Stack>
  );
}
