import { Alert, Button, Stack, Text, Title } from "@mantine/core";
import { IconAlertCircle, IconArrowRight } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import type { PortalViewerFieldsFragment, SignInLinkPurpose, SignInLinkState } from "../../../gql/graphql";
import { portalError } from "../../../lib/errors";
import { preloadSignedInPages } from "../../../lib/preload";
import { rememberSignInMethod } from "../../sign-in/remembered-method";
import { useRedeemSignInLink } from "../api/redeem-sign-in-link";

export type DeadLinkState = Exclude<SignInLinkState, "VALID">;

type ContinueCardProps = {
  token: string;
  facilityName: string;
  firstName: string | null;
  purpose: SignInLinkPurpose | null;
  onSignedIn: (viewer: PortalViewerFieldsFragment) => void;
  onLinkDead: (state: DeadLinkState) => void;
};

export function isDeadLinkState(value: unknown): value is DeadLinkState {
  return value === "USED" || value === "REPLACED" || value === "EXPIRED" || value === "INVALID";
}

export function ContinueCard({ token, facilityName, firstName, purpose, onSignedIn, onLinkDead }: ContinueCardProps) {
  const [redeem, { loading }] = useRedeemSignInLink();
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(preloadSignedInPages, []);

  const onContinue = async () => {
    setFailure(null);
    try {
      const { data } = await redeem({ variables: { token } });
      if (!data) return;
      rememberSignInMethod("link");
      onSignedIn(data.redeemSignInLink);
    } catch (error) {
      const info = portalError(error);
      const linkState = info.extensions.linkState;
      if (isDeadLinkState(linkState)) onLinkDead(linkState);
      else setFailure(info.message);
    }
  };

  return (
    <Stack gap="lg">
      <Title order={1} size="h2">
        Continue to {facilityName} portal
      </Title>
      <Stack gap={6}>
        <Text size="lg" fw={500}>
          Hi {firstName ?? "there"},
        </Text>
        <Text c="dimmed">
          {purpose === "INVITE"
            ? `${facilityName} has invited you to its customer portal, where your cars and your account are in one place.`
            : `Welcome back. Your ${facilityName} customer portal is one step away.`}
        </Text>
      </Stack>
      {failure && (
        <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
          {failure}
        </Alert>
      )}
      <Button size="lg" fullWidth loading={loading} onClick={onContinue} rightSection={<IconArrowRight size={20} />}>
        Continue
      </Button>
    </Stack>
  );
}
