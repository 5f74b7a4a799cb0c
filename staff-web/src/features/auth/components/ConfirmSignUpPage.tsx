import { Alert, Anchor, Button, Loader, Stack, Text } from "@mantine/core";
import { errorInfo } from "@portico/web-core/errors";
import { IconAlertCircle } from "@tabler/icons-react";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { useConfirmFacilitySignUp } from "../api/confirm-facility-sign-up";
import { useFacilitySignUpLink } from "../api/facility-sign-up-link";
import { AuthCard } from "./AuthCard";

const ENDED: Record<string, string> = {
  USED: "This link has already been used: the facility exists. Sign in to reach it.",
  REPLACED: "A newer sign-up with this email replaced this one. Use the link in the newest email.",
  EXPIRED: "This link has expired: links work for 24 hours. Sign up again to get a new one.",
};

/**
 * The page a sign-up's confirmation link opens. Opening it changes nothing (email scanners open
 * links); the button confirms, creates the facility and signs its admin in.
 */
export function ConfirmSignUpPage({ token }: { token: string }) {
  const link = useFacilitySignUpLink(token);
  const navigate = useNavigate();
  const [confirm, { loading }] = useConfirmFacilitySignUp();
  const [error, setError] = useState<string | null>(null);
  const info = link.data?.facilitySignUpLink;

  if (link.loading) {
    return (
      <AuthCard title="Confirm your email">
        <Loader size="sm" />
      </AuthCard>
    );
  }
  if (info?.state !== "VALID") {
    const used = info?.state === "USED";
    return (
      <AuthCard title="This link no longer works">
        <Stack gap="md">
          <Text size="sm">
            {(info && ENDED[info.state]) ?? "This link is not valid. Sign up again to get a new one."}
          </Text>
          <Anchor component={Link} to={used ? "/sign-in" : "/sign-up"} size="sm" fw={600}>
            {used ? "Go to sign in" : "Sign up again"}
          </Anchor>
        </Stack>
      </AuthCard>
    );
  }

  const submit = async () => {
    setError(null);
    try {
      await confirm(token);
      navigate("/contacts", { replace: true });
    } catch (e) {
      setError(errorInfo(e).message);
    }
  };

  return (
    <AuthCard title={`Create ${info.facilityName}`} subtitle={`Confirm ${info.adminEmail} to finish signing up.`}>
      <Stack gap="md">
        <Text size="sm">
          You'll be the facility's admin and signed in right away, with the password you chose. You can invite your team
          afterwards.
        </Text>
        {error && (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert" py="xs">
            {error}
          </Alert>
        )}
        <Button fullWidth size="md" loading={loading} onClick={submit}>
          Confirm and open my dashboard
        </Button>
      </Stack>
    </AuthCard>
  );
}
