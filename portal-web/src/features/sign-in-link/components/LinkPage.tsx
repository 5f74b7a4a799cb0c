import { Skeleton, Stack } from "@mantine/core";
import { type ReactNode, useState } from "react";
import { useParams } from "react-router";
import { AuthLayout } from "../../../components/AuthLayout";
import { NetworkErrorAlert } from "../../../components/NetworkErrorAlert";
import { PageTitle } from "../../../components/PageTitle";
import { useApplyBrand, useBrand } from "../../../lib/brand";
import { useAfterSignIn } from "../../session/after-sign-in";
import { useSignInLink } from "../api/sign-in-link";
import { ChoosePasswordCard } from "./ChoosePasswordCard";
import { ContinueCard, type DeadLinkState } from "./ContinueCard";
import { DeadLinkCard } from "./DeadLinkCard";

/**
 * Where the button in an invite or sign-in email lands. Nothing happens until Continue (or, for a
 * facility that signs in with passwords, "Set password and continue") is pressed.
 */
export function LinkPage() {
  const { token = "" } = useParams();
  const { data, error, refetch } = useSignInLink(token);
  const [deadAfterContinue, setDeadAfterContinue] = useState<DeadLinkState | null>(null);
  const preview = data?.signInLink;
  useApplyBrand(preview?.facility);
  const brand = useBrand();
  const facility = preview?.facility ?? null;
  const signedIn = useAfterSignIn("/");

  let content: ReactNode;
  if (preview) {
    const state = deadAfterContinue ?? preview.state;
    if (state !== "VALID") {
      content = (
        <>
          <PageTitle>Sign-in link</PageTitle>
          <DeadLinkCard state={state} onSignedIn={signedIn} />
        </>
      );
    } else if (preview.choosePassword) {
      content = (
        <>
          <PageTitle>Choose a password</PageTitle>
          <ChoosePasswordCard
            token={token}
            facilityName={facility?.name ?? "your portal"}
            firstName={preview.firstName}
            onSignedIn={signedIn}
            onLinkDead={setDeadAfterContinue}
          />
        </>
      );
    } else {
      content = (
        <>
          <PageTitle>Continue</PageTitle>
          <ContinueCard
            token={token}
            facilityName={facility?.name ?? "your"}
            firstName={preview.firstName}
            purpose={preview.purpose}
            onSignedIn={signedIn}
            onLinkDead={setDeadAfterContinue}
          />
        </>
      );
    }
  } else if (error) {
    content = <NetworkErrorAlert error={error} onRetry={() => refetch()} title="We couldn't open this link" />;
  } else {
    content = (
      <Stack gap="lg" role="status" aria-label="Opening your link">
        <Skeleton height={28} width="85%" />
        <Skeleton height={16} width="30%" />
        <Skeleton height={16} />
        <Skeleton height={50} />
      </Stack>
    );
  }

  // An invalid link names no facility: the page keeps whichever one this device last saw.
  return <AuthLayout brand={facility ?? brand}>{content}</AuthLayout>;
}
