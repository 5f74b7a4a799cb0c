import { Alert, Stack, Text, Title } from "@mantine/core";
import { IconAlertCircle } from "@tabler/icons-react";
import { useState } from "react";
import { Navigate, useLocation, useNavigate } from "react-router";
import { AuthLayout } from "../../../components/AuthLayout";
import { PageTitle } from "../../../components/PageTitle";
import { useApplyBrand } from "../../../lib/brand";
import { portalError } from "../../../lib/errors";
import { useViewer } from "../../../lib/viewer";
import { CHOOSE_ACCOUNT_PATH, type ChooseAccountState, safeReturnPath } from "../../session/after-sign-in";
import { RequireSession } from "../../session/RequireSession";
import { useSwitchPortalAccount } from "../api/switch-portal-account";
import { type AccountChoice, AccountOptions } from "./AccountOptions";

function AccountChooser() {
  const viewer = useViewer();
  useApplyBrand(viewer.facility);
  const location = useLocation();
  const navigate = useNavigate();
  const [switchAccount] = useSwitchPortalAccount();
  const [opening, setOpening] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const from = (location.state as ChooseAccountState)?.from;
  const returnTo = from === CHOOSE_ACCOUNT_PATH ? "/" : safeReturnPath(from);

  if (viewer.accounts.length < 2) return <Navigate to={returnTo} replace />;

  const open = async (account: AccountChoice) => {
    if (account.current) {
      navigate(returnTo, { replace: true });
      return;
    }
    setFailure(null);
    setOpening(account.customerId);
    try {
      await switchAccount({ variables: { customerId: account.customerId } });
      navigate(returnTo, { replace: true });
    } catch (error) {
      setFailure(portalError(error).message);
      setOpening(null);
    }
  };

  return (
    <AuthLayout brand={viewer.facility}>
      <PageTitle>Choose an account</PageTitle>
      <Stack gap="lg">
        <Stack gap={6}>
          <Title order={1} size="h2">
            Which account would you like to open?
          </Title>
          <Text c="dimmed">
            {viewer.email} can open {viewer.accounts.length} accounts at {viewer.facility.name}. You can switch at any
            time from the account menu.
          </Text>
        </Stack>
        {failure && (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
            {failure}
          </Alert>
        )}
        <AccountOptions accounts={viewer.accounts} opening={opening} onOpen={open} />
      </Stack>
    </AuthLayout>
  );
}

/** After signing in with an address that belongs to several accounts: pick the one to open. */
export function ChooseAccountPage() {
  return (
    <RequireSession>
      <AccountChooser />
    </RequireSession>
  );
}
